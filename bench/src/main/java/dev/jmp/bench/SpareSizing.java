package dev.jmp.bench;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.StartMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How many warm spares to keep: for reservoirs of 0 (cold), 1, 2 and 4 spares, the median time
 * of a burst of {@code k} starts followed by their joins (spares booted before each burst,
 * untimed), and of 20 back-to-back start+joins (spares booted before the first only).
 *
 * <p>Usage: {@code SpareSizing [reps]}, e.g.
 * {@code ./mvnw -q -pl bench jmp:run -Djmp.mainClass=dev.jmp.bench.SpareSizing -Djmp.args=7}.
 */
public final class SpareSizing {

    private static final Duration BOOT_LIMIT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.println("spares\tburst_2_ms\tburst_4_ms\tback_to_back_ms");
        for (int spares : new int[] {0, 1, 2, 4}) {
            Context context = spares == 0 ? Multiprocessing.getContext(StartMethod.SPAWN)
                    : Multiprocessing.getContext(StartMethod.WARM).withSpares(spares, Duration.ofMinutes(5));
            System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f\t%.1f%n", spares, burst(context, 2, reps),
                    burst(context, 4, reps), backToBack(context, reps));
            Multiprocessing.releaseSpares(BOOT_LIMIT);
        }
    }

    private static double burst(Context context, int k, int reps) throws Exception {
        double[] millis = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            awaitSpares(context);
            long start = System.nanoTime();
            List<Process> burst = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                Process p = context.process(WorkTasks.noop());
                p.start();
                burst.add(p);
            }
            for (Process p : burst) {
                p.join();
            }
            millis[rep] = (System.nanoTime() - start) / 1e6;
        }
        return median(millis);
    }

    private static double backToBack(Context context, int reps) throws Exception {
        double[] millis = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            awaitSpares(context);
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                Process p = context.process(WorkTasks.noop());
                p.start();
                p.join();
            }
            millis[rep] = (System.nanoTime() - start) / 1e6 / 20;
        }
        return median(millis);
    }

    private static void awaitSpares(Context context) throws InterruptedException {
        if (!context.awaitSpares(BOOT_LIMIT)) {
            throw new IllegalStateException("spares did not boot within " + BOOT_LIMIT);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private SpareSizing() {}
}
