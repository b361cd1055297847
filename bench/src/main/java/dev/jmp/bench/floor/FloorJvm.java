package dev.jmp.bench.floor;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM of a floor, running {@link FloorChild} with the options a jmp child gets under
 * {@code bench/compare.sh} (whose JVM has no options of its own to pass on), read from the
 * runtime's {@code dev.jmp.launch.parent}:
 * <ul>
 *   <li>{@code -XX:+UseSerialGC -XX:-UsePerfData}, and {@code -XX:TrimNativeHeapInterval=1000}
 *       from JDK 22 ({@code ChildDefaults});</li>
 *   <li>{@code -Xmx} of a quarter of the machine's memory shared among the larger of the CPU
 *       count and the children started together, at least 128 MB ({@code ChildHeap});</li>
 *   <li>{@code -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0} on HotSpot 17 to 25
 *       ({@code ChildTuning}, the context's default);</li>
 * </ul>
 * and a class path of just the benchmark's own classes. Started {@code warm}, the JVM is started
 * by {@link #prepare}, says it is ready with one byte on stdout and waits for one on stdin, which
 * {@link #start()} sends: the floor of a start that finds a spare ready.
 */
final class FloorJvm implements AutoCloseable {

    private static final int READY = 'r';
    private static final int GO = 'g';

    private final List<String> command;
    private final boolean warm;
    private Process process;

    private FloorJvm(List<String> command, boolean warm) {
        this.command = command;
        this.warm = warm;
    }

    /**
     * A child that runs {@code args} of {@link FloorChild}, one of {@code group} started together;
     * warm, it is started here and ready when this returns, else it starts at {@link #start()}.
     */
    static FloorJvm prepare(boolean warm, int group, String... args) throws IOException {
        List<String> command = new ArrayList<>(options(group));
        command.add("-cp");
        command.add(classes());
        command.add(FloorChild.class.getName());
        if (warm) {
            command.add(FloorChild.WAIT);
        }
        command.addAll(List.of(args));
        FloorJvm jvm = new FloorJvm(command, warm);
        if (warm) {
            jvm.process = jvm.launch();
            if (jvm.process.getInputStream().read() != READY) {
                throw new IllegalStateException("a pre-started floor child ended before it was ready: " + command);
            }
        }
        return jvm;
    }

    /** Starts the child, or tells the pre-started one to go. */
    void start() throws IOException {
        if (warm) {
            OutputStream in = process.getOutputStream();
            in.write(GO);
            in.flush();
        } else {
            process = launch();
        }
    }

    /** Waits for the child's end and returns what it printed; fails unless it exited 0. */
    String waitFor() throws IOException, InterruptedException {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("a floor child exited with " + exit + ": " + command);
        }
        return out.strip();
    }

    /** Ends the child if it is still running (a floor that failed). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private Process launch() throws IOException {
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static List<String> options(int group) {
        List<String> options = new ArrayList<>();
        options.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        options.add("-XX:+UseSerialGC");
        options.add("-XX:-UsePerfData");
        int feature = Runtime.version().feature();
        if (feature >= 22) {
            options.add("-XX:TrimNativeHeapInterval=1000");
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        int share = Math.max(Runtime.getRuntime().availableProcessors(), group);
        options.add("-Xmx" + Math.max(128, (memory / 4 / share) >> 20) + "m");
        String vm = System.getProperty("java.vm.name", "");
        if ((vm.contains("HotSpot") || vm.contains("OpenJDK")) && feature >= 17 && feature <= 25) {
            options.add("-XX:+UnlockDiagnosticVMOptions");
            options.add("-XX:ArchiveRelocationMode=0");
        }
        return options;
    }

    /** Where the benchmark's classes are (its classes directory, or its jar). */
    private static String classes() {
        try {
            return Paths.get(FloorChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
