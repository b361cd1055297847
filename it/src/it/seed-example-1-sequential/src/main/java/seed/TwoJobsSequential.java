package seed;

/**
 * Timed example 1 of the seed notes: two jobs, numbers and letters, each step some CPU work and
 * a line of output, run one after the other on one thread. It prints 0 a 1 b 2 c 3 d 4 e, when
 * each step's work began and ended by this JVM's clock, and the total time.
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

    /** One step: its work, its line, and when the work ran. */
    static long step(String line, StringBuilder spans) {
        long from = System.nanoTime();
        long sink = burn(100_000_000L);
        long to = System.nanoTime();
        System.out.println(line);
        spans.append("Step ").append(line).append(" worked from ").append(from).append(" to ").append(to)
                .append(" ns").append(System.lineSeparator());
        return sink;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        StringBuilder spans = new StringBuilder();
        long sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += step(String.valueOf(i), spans);
            sink += step(String.valueOf((char) ('a' + i)), spans);
        }
        System.out.print(spans);
        System.out.printf("Total execution time: %.2f seconds (%d)%n", (System.nanoTime() - start) / 1e9, sink % 2);
    }
}
