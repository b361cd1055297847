package dev.jmp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a JVM's exit costs its parent: a child JVM touches {@code n} MB, prints
 * {@code System.nanoTime()} from its last shutdown hook (the same clock in both processes on
 * Linux) and ends; the parent reads that stamp and times how long after it {@code waitFor()}
 * returns. The median of 10 runs per size, for sizes 1, 50 and 200 MB by default.
 *
 * <p>Usage: {@code JvmExitCost [MB ...]}, e.g.
 * {@code ./mvnw -q -pl bench jmp:run -Djmp.mainClass=dev.jmp.bench.JvmExitCost}.
 */
public final class JvmExitCost {

    private static final int RUNS = 10;

    public static void main(String[] args) throws Exception {
        List<String> sizes = args.length > 0 ? Arrays.asList(args) : List.of("1", "50", "200");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("touched_mb\texit_ms");
        for (String mb : sizes) {
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                millis[i] = exitMillis(List.of(java, "-XX:+UseSerialGC", "-XX:-UsePerfData",
                        "-cp", System.getProperty("java.class.path"), Child.class.getName(), mb));
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%s\t%.1f%n", mb, millis[RUNS / 2]);
        }
    }

    private static double exitMillis(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String stamp = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        child.waitFor();
        long end = System.nanoTime();
        return (end - Long.parseLong(stamp)) / 1e6;
    }

    /** The child: touches the memory, then prints the time from its shutdown hook. */
    public static final class Child {

        static byte[] touched;

        public static void main(String[] args) {
            touched = new byte[Integer.parseInt(args[0]) << 20];
            for (int i = 0; i < touched.length; i += 4096) {
                touched[i] = 1;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(System.nanoTime())));
        }
    }

    private JvmExitCost() {}
}
