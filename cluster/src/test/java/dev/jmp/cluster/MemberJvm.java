package dev.jmp.cluster;

import dev.jmp.it.support.LoopbackPorts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A member of a {@link TestCluster} in a JVM of its own, started as the README says
 * ({@code java -cp <class path> dev.jmp.cluster.Member}), so that a test can SIGKILL it as the loss
 * of its machine would end it. Closing it kills it, and what it started, if it still runs.
 */
final class MemberJvm implements AutoCloseable {

    final int port;
    private final Process process;

    private MemberJvm(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts a member of {@code cluster} on a free loopback port; returns once it says it is ready. */
    static MemberJvm start(TestCluster cluster) throws Exception {
        int port = LoopbackPorts.free(1).get(0);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(MemberCommand.jvmOptions(Runtime.version().feature()));
        command.add("-Dhazelcast.logging.type=none");
        cluster.properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-Djmp.cluster.port=" + port,
                "-Djmp.cluster.parentPid=" + ProcessHandle.current().pid(),
                "-cp", System.getProperty("java.class.path"), MemberCommand.MAIN_CLASS));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        MemberJvm jvm = new MemberJvm(port, process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(MemberCommand.READY)) {
                        return line;
                    }
                }
                return "exited";
            } catch (IOException e) {
                return e.toString();
            }
        });
        try {
            String line = ready.get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!line.startsWith(MemberCommand.READY)) {
                throw new IllegalStateException("the member JVM did not start: " + line);
            }
        } catch (Exception e) {
            jvm.close();
            throw e;
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "member-jvm-output");
        drain.setDaemon(true);
        drain.start();
        return jvm;
    }

    /** SIGKILLs the member and the JVMs it started, and waits until they are gone. */
    void kill() throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(Await.LIMIT.toSeconds(), TimeUnit.SECONDS);
        for (ProcessHandle p : started) {
            p.onExit().orTimeout(Await.LIMIT.toSeconds(), TimeUnit.SECONDS).join();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
