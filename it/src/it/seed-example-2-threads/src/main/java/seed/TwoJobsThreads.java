package seed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timed example 2 of the seed notes: the jobs of example 1, numbers and letters, on two threads.
 * Python's threads share one interpreter lock, so its run takes as long as the sequential one;
 * Java's threads run the work side by side on two cores. Each job hands the other a turn after
 * each line, so the output is 0 a 1 b 2 c 3 d 4 e, as in Python, while the work overlaps. The same
 * work done one job after the other just before is the baseline it is compared with.
 */
public class TwoJobsThreads {

    static long burn(long n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i % 7;
        }
        return s;
    }

    static Thread job(String name, Semaphore myTurn, Semaphore otherTurn, AtomicLong cpu, boolean letters) {
        return new Thread(() -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long sink = 0;
            for (int i = 0; i < 5; i++) {
                sink += burn(100_000_000L);
                myTurn.acquireUninterruptibly();
                System.out.println(letters ? String.valueOf((char) ('a' + i)) : String.valueOf(i));
                otherTurn.release();
            }
            cpu.addAndGet((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000 + (sink & 0));
        }, name);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("CPUs: " + Runtime.getRuntime().availableProcessors());
        // The same work one job after the other, silently, as the baseline a loaded machine slows too;
        // compiled first, so that the threads are not faster only for running compiled code.
        long sink = burn(10_000_000L) + burn(10_000_000L);
        long baselineStart = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            sink += burn(100_000_000L);
        }
        System.out.printf("Sequential baseline: %.2f seconds (%d)%n", (System.nanoTime() - baselineStart) / 1e9, sink % 2);
        long start = System.nanoTime();
        Semaphore numbersTurn = new Semaphore(1);
        Semaphore lettersTurn = new Semaphore(0);
        AtomicLong cpu = new AtomicLong();
        Thread numbers = job("numbers", numbersTurn, lettersTurn, cpu, false);
        Thread letters = job("letters", lettersTurn, numbersTurn, cpu, true);
        numbers.start();
        letters.start();
        numbers.join();
        letters.join();
        System.out.println("Work took " + cpu.get() + " ms of CPU");
        System.out.printf("Total execution time: %.2f seconds%n", (System.nanoTime() - start) / 1e9);
    }
}
