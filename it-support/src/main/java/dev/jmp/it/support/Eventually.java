package dev.jmp.it.support;

import java.time.Duration;

/**
 * Waits for a condition nobody signals (a file written by another JVM, a process gone, a map
 * emptied by a cluster), looking at it every few milliseconds until a limit, so that a test
 * waits on what it checks and not on the machine's speed.
 */
public final class Eventually {

    private static final long POLL_MILLIS = 20;

    /** A condition that may throw while it is looked at. */
    @FunctionalInterface
    public interface Check {
        /** Whether the condition holds now. */
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError naming {@code what} when {@code limit} passed first
     */
    public static void await(Duration limit, Check condition, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
