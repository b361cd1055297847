package seed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Timed example 1 of the seed notes: two jobs, numbers and letters, each step some CPU work and
 * a line of output, run one after the other on one thread. It prints 0 a 1 b 2 c 3 d 4 e, the
 * CPU time of the work and the total time, which is at least that CPU time.
 */
public class TwoJobsSequential {

    /** Work that takes a fraction of a second of one core. */
    static long burn(long n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i % 7;
        }
        return s;
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += burn(100_000_000L);
            System.out.println(i);
            sink += burn(100_000_000L);
            System.out.println((char) ('a' + i));
        }
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.println("Work took " + cpuMillis + " ms of CPU (" + (sink % 2) + ")");
        System.out.printf("Total execution time: %.2f seconds%n", (System.nanoTime() - start) / 1e9);
    }
}
