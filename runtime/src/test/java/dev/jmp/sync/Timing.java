package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/** Checks that a timed wait returned on time: never early, and late by at most {@link #SLACK}. */
final class Timing {

    /** Generous: the tests share two cores with other builds. */
    static final Duration SLACK = Duration.ofMillis(1500);

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
        assertTrue(elapsed.compareTo(timeout.plus(SLACK)) <= 0, "returned late: after " + elapsed + " of " + timeout);
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
