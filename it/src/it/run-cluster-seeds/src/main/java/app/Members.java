package app;

import dev.jmp.cluster.MemberCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cluster members on this machine's loopback, each a JVM started as the README says
 * ({@code java -cp <the project's class path> dev.jmp.cluster.Member}). A member's log (its stdout
 * and stderr, where the processes it runs print) is copied to this JVM's stdout, each line after
 * {@code member <i>: }, as a terminal running the members would show it.
 */
final class Members implements AutoCloseable {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    final String name = "it-" + UUID.randomUUID();
    final Path key;
    private final Path sharedMemory;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private final List<Thread> copiers = new ArrayList<>();
    private final List<ProcessHandle> known = new ArrayList<>();

    /** {@code count} members to be, whose key goes in {@code dir}, sharing memory in {@code sharedMemory}. */
    Members(Path dir, int count, Path sharedMemory) throws IOException {
        this.sharedMemory = sharedMemory;
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

    /** Starts the member on {@code ports.get(i)}; returns once it says it is ready. */
    void start(int i) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(MemberCommand.jvmOptions(Runtime.version().feature()));
        command.addAll(List.of("-Dhazelcast.logging.type=none", "-Djmp.cluster.name=" + name,
                "-Djmp.cluster.members=" + addresses(), "-Djmp.cluster.port=" + ports.get(i),
                "-Djmp.cluster.keyFile=" + key, "-Djmp.cluster.workers=2", "-Djmp.shm.dir=" + sharedMemory,
                "-Djmp.cluster.parentPid=" + ProcessHandle.current().pid(),
                "-cp", System.getProperty("java.class.path"), MemberCommand.MAIN_CLASS));
        Process member = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(member);
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
        String line = ready.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!line.startsWith(MemberCommand.READY)) {
            throw new IllegalStateException("member " + i + " did not start: " + line);
        }
        Thread copier = new Thread(() -> out.lines().forEach(l -> System.out.println("member " + i + ": " + l)),
                "member-" + i + "-log");
        copier.setDaemon(true);
        copier.start();
        copiers.add(copier);
    }

    /**
     * Stops the members as Ctrl-C would (SIGTERM), checks that every JVM under them (worker JVMs,
     * processes still running) ended with them, waits until each member's log has been copied to
     * its end, and returns the pids of the members and of those JVMs.
     *
     * @throws IllegalStateException when one of them is still running at the deadline
     */
    List<Long> stop() throws InterruptedException {
        for (Process p : started) {
            known.add(p.toHandle());
            known.addAll(p.descendants().toList()); // before the stop: orphans are no one's descendants
        }
        started.forEach(Process::destroy);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        for (ProcessHandle h : known) {
            while (h.isAlive()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("still running " + LIMIT.toSeconds() + " s after the members' SIGTERM: "
                            + h.pid() + " " + h.info().commandLine().orElse("?"));
                }
                Thread.sleep(20);
            }
        }
        for (Thread copier : copiers) {
            copier.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return known.stream().map(ProcessHandle::pid).toList();
    }

    /** SIGKILLs whatever still runs, after a failure. */
    @Override
    public void close() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        known.forEach(ProcessHandle::destroyForcibly);
    }
}
