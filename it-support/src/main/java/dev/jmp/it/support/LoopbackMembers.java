package dev.jmp.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Cluster members on this machine's loopback, each a JVM started as the README says
 * ({@code java -cp <the project's class path> dev.jmp.cluster.Member}), in a cluster of a name
 * and key of their own, and ended with this object: {@link #close()} SIGKILLs every member and
 * the JVMs under it, and reaps them.
 *
 * <pre>{@code
 * MemberProgram program = new MemberProgram(MemberCommand.jvmOptions(Runtime.version().feature()),
 *         MemberCommand.MAIN_CLASS, MemberCommand.READY);
 * try (LoopbackMembers members = new LoopbackMembers(dir, 2, program)) {
 *     members.start(0, System.getProperty("java.class.path"));
 *     System.setProperty("jmp.cluster.members", members.addresses());
 *     ...
 * }
 * }</pre>
 */
public final class LoopbackMembers implements AutoCloseable {

    /** How long a member may take to say it is ready; and to end once SIGKILLed. */
    private static final long START_SECONDS = 120;
    private static final long REAP_SECONDS = 60;

    private final String name = "it-" + UUID.randomUUID();
    private final Path key;
    private final MemberProgram program;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private final List<MemberOutput> outputs = new ArrayList<>();
    private final Map<Integer, Process> byPort = new ConcurrentHashMap<>();

    /**
     * {@code count} members to be, on free loopback ports ({@link LoopbackPorts}), whose cluster
     * key goes in {@code dir}.
     */
    public LoopbackMembers(Path dir, int count, MemberProgram program) throws IOException {
        this.program = program;
        key = dir.resolve("cluster.key");
        Files.writeString(key, UUID.randomUUID() + "" + UUID.randomUUID());
        ports.addAll(LoopbackPorts.free(count));
    }

    /** The cluster's name, for {@code jmp.cluster.name}. */
    public String name() {
        return name;
    }

    /** The cluster's key file, for {@code jmp.cluster.keyFile}. */
    public Path key() {
        return key;
    }

    /** The members' ports, member {@code i} on {@code ports().get(i)}. */
    public List<Integer> ports() {
        return List.copyOf(ports);
    }

    /** The address list every member and the driver are given. */
    public String addresses() {
        return String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    /** Starts member {@code i} with {@code classPath}, its output after the ready line dropped. */
    public Process start(int i, String classPath) throws Exception {
        return start(i, classPath, line -> { });
    }

    /**
     * Starts member {@code i} on {@code ports().get(i)} with {@code classPath}, two worker JVMs
     * and Hazelcast's logging off unless the program's options say otherwise; returns once it
     * says it is ready. The lines it prints before go to this JVM's stdout after
     * {@code member <i>: }; those after, to {@code afterReady}, until its output ends.
     *
     * @throws IllegalStateException when the member ends before it is ready
     */
    public Process start(int i, String classPath, Consumer<String> afterReady) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // Defaults first, so that an option of the program's (another worker count) overrides them.
        command.addAll(List.of("-Dhazelcast.logging.type=none", "-Djmp.cluster.workers=2"));
        command.addAll(program.jvmOptions());
        command.addAll(List.of("-Djmp.cluster.name=" + name,
                "-Djmp.cluster.members=" + addresses(), "-Djmp.cluster.port=" + ports.get(i),
                "-Djmp.cluster.keyFile=" + key,
                "-Djmp.cluster.parentPid=" + ProcessHandle.current().pid(), "-cp", classPath, program.mainClass()));
        Process member = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(member);
        byPort.put(ports.get(i), member);
        MemberOutput output = MemberOutput.read(i, member, program.readyPrefix(), afterReady);
        outputs.add(output);
        output.awaitReady(START_SECONDS);
        return member;
    }

    /** Every member JVM started so far, in the order started (a restarted member twice). */
    public List<Process> started() {
        return List.copyOf(started);
    }

    /** The member JVM that listens at {@code address} ({@code host:port}). */
    public Process at(String address) {
        return byPort.get(port(address));
    }

    /**
     * SIGKILLs the member at {@code address} and the JVMs it started, as the loss of its machine
     * would, and reaps it; returns its index, to start it again with.
     */
    public int kill(String address) throws InterruptedException {
        Process victim = at(address);
        if (victim == null || !victim.isAlive()) {
            throw new AssertionError("no member runs at " + address);
        }
        victim.descendants().forEach(ProcessHandle::destroyForcibly);
        victim.destroyForcibly();
        victim.waitFor(REAP_SECONDS, TimeUnit.SECONDS);
        return ports.indexOf(port(address));
    }

    /**
     * Waits up to {@code limit} until the output of every member started has been read to its
     * end, so that all a member printed before it ended has reached its consumer.
     */
    public void awaitOutputsEnded(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (MemberOutput output : outputs) {
            output.awaitEnd(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        }
    }

    /** SIGKILLs every member still running, and the JVMs under it, and waits until each member has exited. */
    @Override
    public void close() throws InterruptedException {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : started) {
            p.waitFor(REAP_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1).strip());
    }
}
