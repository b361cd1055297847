package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/**
 * Checks that a timed wait returned on time: never early, which holds however loaded the machine
 * is, and not hung. How late it may be is the machine's business (a loaded two-core machine can
 * keep a woken thread off the CPU for seconds), so the late bound is {@link #HANG}, a hang guard,
 * not a measure of speed.
 */
final class Timing {

    /** Later than this, a timed wait did not honour its timeout at all. */
    static final Duration HANG = Duration.ofSeconds(30);

    private final long start = System.nanoTime();

    static Timing start() {
        return new Timing();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    void assertOnTime(Duration timeout) {
        Duration elapsed = elapsed();
        assertTrue(elapsed.compareTo(timeout) >= 0, "returned early: after " + elapsed + " of " + timeout);
        assertTrue(elapsed.compareTo(timeout.plus(HANG)) <= 0, "hung: returned after " + elapsed + " of " + timeout);
    }

    /** Runs {@code action} in a new thread; join it with {@link Thread#join(long)}. */
    static Thread inThread(ThrowingRunnable action) {
        Thread thread = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
