package seed;

import java.util.concurrent.Semaphore;

/**
 * Timed example 2 of the seed notes: the jobs of example 1, numbers and letters, on two threads.
 * Each job hands the other a turn after each line, so the output is 0 a 1 b 2 c 3 d 4 e, as in
 * Python, while the work of the two jobs runs side by side. Each job prints when its work began
 * and ended, by this JVM's clock, so the overlap can be checked from the program's own account.
 */
public class TwoJobsThreads {

    static long burn(long n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i % 7;
        }
        return s;
    }

    static Thread job(String name, Semaphore myTurn, Semaphore otherTurn, boolean letters, long[] span) {
        return new Thread(() -> {
            span[0] = System.nanoTime();
            long sink = 0;
            for (int i = 0; i < 5; i++) {
                sink += burn(100_000_000L);
                myTurn.acquireUninterruptibly();
                System.out.println(letters ? String.valueOf((char) ('a' + i)) : String.valueOf(i));
                otherTurn.release();
            }
            span[1] = System.nanoTime() + (sink & 0);
        }, name);
    }

    public static void main(String[] args) throws InterruptedException {
        long start = System.nanoTime();
        Semaphore numbersTurn = new Semaphore(1);
        Semaphore lettersTurn = new Semaphore(0);
        long[] numbersSpan = new long[2];
        long[] lettersSpan = new long[2];
        Thread numbers = job("numbers", numbersTurn, lettersTurn, false, numbersSpan);
        Thread letters = job("letters", lettersTurn, numbersTurn, true, lettersSpan);
        numbers.start();
        letters.start();
        numbers.join();
        letters.join();
        System.out.println("Job numbers worked from " + numbersSpan[0] + " to " + numbersSpan[1] + " ns");
        System.out.println("Job letters worked from " + lettersSpan[0] + " to " + lettersSpan[1] + " ns");
        System.out.printf("Total execution time: %.2f seconds%n", (System.nanoTime() - start) / 1e9);
    }
}
