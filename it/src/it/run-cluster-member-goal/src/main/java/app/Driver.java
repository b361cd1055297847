package app;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.it.support.LoopbackPorts;
import dev.jmp.pool.Pool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Starts a cluster member with {@code mvn jmp:member} in this project, as the README shows, then
 * runs a pool and a process on it with the context of {@code -Djmp.startMethod=cluster}. Each step
 * prints one line when what it checks holds, and throws otherwise.
 */
public class Driver {

    public static void main(String[] args) throws Exception {
        Path key = Files.createTempFile("jmp-member-goal", ".key");
        Files.writeString(key, UUID.randomUUID() + "" + UUID.randomUUID());
        int port = LoopbackPorts.free(1).get(0);
        String name = "it-" + UUID.randomUUID();
        String address = "127.0.0.1:" + port;
        java.lang.Process build = new ProcessBuilder(System.getProperty("it.mvn"), "-o", "-B",
                "-Dmaven.repo.local=" + System.getProperty("it.repo"), "jmp:member",
                "-Djmp.cluster.name=" + name, "-Djmp.cluster.members=" + address, "-Djmp.cluster.port=" + port,
                "-Djmp.cluster.keyFile=" + key, "-Djmp.cluster.workers=2", "-Djmp.jvmArgs=-Dhazelcast.logging.type=none")
                .redirectErrorStream(true).start();
        try {
            awaitReady(build);
            System.setProperty("jmp.cluster.name", name);
            System.setProperty("jmp.cluster.members", address);
            System.setProperty("jmp.cluster.keyFile", key.toString());
            Context context = Multiprocessing.getContext(Multiprocessing.getStartMethod());
            System.out.println("context: " + context.startMethod());
            run(context, build);
        } finally {
            stop(build);
            Files.deleteIfExists(key);
        }
    }

    private static void run(Context context, java.lang.Process build) throws Exception {
        Set<Long> memberSide = build.descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        List<Long> xs = LongStream.range(0, 1_000).boxed().toList();
        try (Pool pool = new Pool(2, null, 0, context)) {
            check(pool.map(WorkTasks::square, xs, 20).equals(xs.stream().map(x -> x * x).toList()), "1000 squares exact");
            long where = pool.apply(WorkTasks.pid());
            check(build.descendants().anyMatch(h -> h.pid() == where), "the task ran under the jmp:member build");
            check(where != ProcessHandle.current().pid() && !memberSide.contains(ProcessHandle.current().pid()),
                    "the driver is not a member");
        }
        System.out.println("pool on the jmp:member member: 1000 results exact, run by its worker JVMs");

        Process process = context.process(WorkTasks.pid());
        process.start();
        process.join();
        check(process.exitCode().equals(java.util.OptionalInt.of(0)), "the process exited with 0, not " + process.exitCode());
        System.out.println("process on the jmp:member member: exit code 0, host " + process.host());
    }

    /** Echoes the build's output until the member says it is ready; fails if the build ends first. */
    private static void awaitReady(java.lang.Process build) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream()));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("member build: " + line);
                    if (line.startsWith("jmp member ")) {
                        return line;
                    }
                }
                return "the build exited with " + build.waitFor();
            } catch (Exception e) {
                return e.toString();
            }
        });
        String line = ready.get(180, TimeUnit.SECONDS);
        check(line.startsWith("jmp member "), "member ready: " + line);
        Thread drain = new Thread(() -> echoUntilEnd(out), "member-output");
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * Echoes the rest of the build's output. When the build ends, the JDK closes the pipe's
     * stream under a read in progress ("Stream closed"): that is the end of the output, not a
     * failure.
     */
    private static void echoUntilEnd(BufferedReader out) {
        try {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println("member build: " + line);
            }
        } catch (java.io.IOException e) {
            // the build ended and its output with it
        }
    }

    /** Ends the build as Ctrl-C would and waits until the member and its worker JVMs have ended with it. */
    private static void stop(java.lang.Process build) throws Exception {
        List<ProcessHandle> tree = build.descendants().toList();
        build.destroy();
        check(build.waitFor(60, TimeUnit.SECONDS), "the member build ended");
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                throw new AssertionError("pid " + p.pid() + " outlived the member build", e);
            }
        }
        System.out.println("member stopped with its build, and the " + tree.size() + " process(es) under it");
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("does not hold: " + what);
        }
    }
}
