package dev.jmp.bench.cluster;

import dev.jmp.cluster.MemberCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cluster members on this machine's loopback, each a JVM of its own with this JVM's class path,
 * and this JVM set up as their driver through the {@code jmp.cluster.*} system properties. They
 * end with this JVM, or on {@link #close()}.
 */
final class LoopbackMembers implements AutoCloseable {

    /** The CPU time of every process seen, by pid and start: a pid may be used again. */
    private static final Map<String, Long> CPU_SEEN = new HashMap<>();

    private final List<Process> members = new ArrayList<>();

    /** Starts {@code count} members of {@code workers} worker JVMs each; returns once all are ready. */
    LoopbackMembers(int count, int workers) throws Exception {
        Path key = Files.createTempFile("jmp-bench-cluster", ".key");
        Files.writeString(key, UUID.randomUUID() + "" + UUID.randomUUID());
        key.toFile().deleteOnExit();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (ServerSocket s = new ServerSocket(0)) {
                addresses.add("127.0.0.1:" + s.getLocalPort());
            }
        }
        System.setProperty("jmp.cluster.name", "bench-" + UUID.randomUUID());
        System.setProperty("jmp.cluster.members", String.join(",", addresses));
        System.setProperty("jmp.cluster.keyFile", key.toString());
        try {
            for (String address : addresses) {
                members.add(start(address, workers));
            }
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private static Process start(String address, int workers) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(MemberCommand.jvmOptions(Runtime.version().feature()));
        for (String key : List.of("jmp.cluster.name", "jmp.cluster.members", "jmp.cluster.keyFile")) {
            command.add("-D" + key + "=" + System.getProperty(key));
        }
        command.addAll(List.of("-Dhazelcast.logging.type=none", "-Djmp.cluster.workers=" + workers,
                "-Djmp.cluster.port=" + address.substring(address.lastIndexOf(':') + 1),
                "-Djmp.cluster.parentPid=" + ProcessHandle.current().pid(),
                "-cp", System.getProperty("java.class.path"), MemberCommand.MAIN_CLASS));
        Process member = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(member.getInputStream()));
        String ready = CompletableFuture.supplyAsync(() -> {
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
        }).get(120, TimeUnit.SECONDS);
        if (!ready.startsWith(MemberCommand.READY)) {
            throw new IllegalStateException("member " + address + " did not start: " + ready);
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "member-output");
        drain.setDaemon(true);
        drain.start();
        return member;
    }

    /**
     * CPU time of this JVM and every process under it (members and their workers), in
     * nanoseconds: each process's as last read, so that one that exits between two readings (a
     * worker JVM that waited for the next pool in vain) keeps the time it had spent, instead of
     * taking it out of the difference.
     */
    static synchronized long cpuNanosOfAll() {
        read(ProcessHandle.current());
        ProcessHandle.current().descendants().forEach(LoopbackMembers::read);
        return CPU_SEEN.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void read(ProcessHandle p) {
        ProcessHandle.Info info = p.info();
        info.totalCpuDuration().ifPresent(cpu -> CPU_SEEN.merge(p.pid() + "@" + info.startInstant().orElse(null),
                cpu.toNanos(), Math::max));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : members) {
            p.destroyForcibly();
        }
        for (Process p : members) {
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
