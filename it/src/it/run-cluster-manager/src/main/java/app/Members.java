package app;

import dev.jmp.cluster.MemberCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Cluster members on this machine's loopback, each a JVM started as the README says
 * ({@code java -cp <the project's class path> dev.jmp.cluster.Member}), ended with this JVM.
 */
final class Members implements AutoCloseable {

    final String name = "it-" + UUID.randomUUID();
    final Path key;
    final List<Integer> ports = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private final Map<Integer, Process> byPort = new ConcurrentHashMap<>();

    Members(Path dir, int count) throws IOException {
        key = dir.resolve("cluster.key");
        Files.writeString(key, UUID.randomUUID() + "" + UUID.randomUUID());
        for (int i = 0; i < count; i++) {
            try (ServerSocket s = new ServerSocket(0)) {
                ports.add(s.getLocalPort());
            }
        }
    }

    /** The address list every member and the driver are given. */
    String addresses() {
        return String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    /** Starts the member on {@code ports.get(i)} with {@code classPath}; returns once it says it is ready. */
    Process start(int i, String classPath) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(MemberCommand.jvmOptions(Runtime.version().feature()));
        command.addAll(List.of("-Dhazelcast.logging.type=none", "-Djmp.cluster.name=" + name,
                "-Djmp.cluster.members=" + addresses(), "-Djmp.cluster.port=" + ports.get(i),
                "-Djmp.cluster.keyFile=" + key, "-Djmp.cluster.workers=2",
                "-Djmp.cluster.parentPid=" + ProcessHandle.current().pid(), "-cp", classPath, MemberCommand.MAIN_CLASS));
        Process member = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(member);
        byPort.put(ports.get(i), member);
        BufferedReader out = new BufferedReader(new InputStreamReader(member.getInputStream()));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(MemberCommand.READY)) {
                        return line;
                    }
                    System.out.println("member " + i + ": " + line);
                }
                return "exited with " + member.waitFor();
            } catch (IOException | InterruptedException e) {
                return e.toString();
            }
        });
        String line = ready.get(120, TimeUnit.SECONDS);
        if (!line.startsWith(MemberCommand.READY)) {
            throw new IllegalStateException("member " + i + " did not start: " + line);
        }
        Thread drain = new Thread(() -> readToEnd(out, l -> { }), "member-" + i + "-output");
        drain.setDaemon(true);
        drain.start();
        return member;
    }

    /** The member JVM that listens at {@code address} ({@code host:port}). */
    Process at(String address) {
        return byPort.get(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1).strip()));
    }

    /** SIGKILLs the member at {@code address} and the JVMs it started, as the loss of its machine would. */
    int kill(String address) throws InterruptedException {
        Process victim = at(address);
        if (victim == null || !victim.isAlive()) {
            throw new AssertionError("no member runs at " + address);
        }
        victim.descendants().forEach(ProcessHandle::destroyForcibly);
        victim.destroyForcibly();
        victim.waitFor(60, TimeUnit.SECONDS);
        return ports.indexOf(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1).strip()));
    }

    /** SIGKILLs every member still running and waits until each has exited. */
    @Override
    public void close() throws InterruptedException {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : started) {
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /**
     * Reads a member's output to its end, passing each line on. When the member ends, the JDK
     * closes the pipe's stream under a read in progress ("Stream closed"): that is the end of the
     * output, not a failure.
     */
    private static void readToEnd(BufferedReader out, java.util.function.Consumer<String> line) {
        try {
            for (String l; (l = out.readLine()) != null; ) {
                line.accept(l);
            }
        } catch (java.io.IOException e) {
            // the member ended and its output with it
        }
    }
}
