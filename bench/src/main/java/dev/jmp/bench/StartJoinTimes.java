package dev.jmp.bench;

import dev.jmp.Process;
import java.util.Arrays;

/**
 * Start + join of a no-op child, timed one by one: {@code java -cp <jars> dev.jmp.bench.StartJoinTimes [n]}
 * prints the first child's time (the one that may pay for creating a class-data archive), then
 * the median and quartiles of the others. Unlike {@code start_join} under {@code jmp:run}, whose
 * class path is directories, this runs with whatever class path it is given, so a jar class path
 * shows the effect of class-data sharing ({@code -Djmp.cds=off|auto}).
 *
 * <p>{@code StartJoinTimes n alternate} switches {@code jmp.cds} between {@code off} and
 * {@code auto} from one child to the next and prints both medians: on a shared machine whose
 * load drifts, pairs of neighbours compare better than two separate runs.
 */
public final class StartJoinTimes {

    private StartJoinTimes() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        if (args.length > 1 && args[1].equals("alternate")) {
            double[] off = new double[n];
            double[] auto = new double[n];
            time();  // the first child pays for the parent's own start-up: left out of both
            for (int i = 0; i < n; i++) {
                System.setProperty("jmp.cds", "off");
                off[i] = time();
                System.setProperty("jmp.cds", "auto");
                auto[i] = time();
            }
            System.out.println("off:  " + summary(off));
            System.out.println("auto: " + summary(auto));
            return;
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = time();
        }
        System.out.printf("first %.1f ms; next %d: %s%n", ms[0], n - 1, summary(Arrays.copyOfRange(ms, 1, n)));
    }

    private static double time() throws InterruptedException {
        long start = System.nanoTime();
        Process p = new Process(WorkTasks.noop());
        p.start();
        p.join();
        double ms = (System.nanoTime() - start) / 1e6;
        if (p.exitCode().orElse(-1) != 0) {
            throw new IllegalStateException("no-op child failed: " + p);
        }
        return ms;
    }

    private static String summary(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format("median %.1f ms (quartiles %.1f-%.1f) of %d", sorted[n / 2], sorted[n / 4],
                sorted[n * 3 / 4], n);
    }
}
