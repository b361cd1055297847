package dev.jmp.ring;

import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Deadlines as {@link System#nanoTime} values, and the two ways a queue operation waits. */
final class Deadlines {

    static final long NONE = Long.MIN_VALUE;

    private Deadlines() {}

    static long of(Duration timeout) {
        if (timeout == null) {
            return NONE;
        }
        long nanos = timeout.isNegative() ? 0 : Math.min(timeout.toSeconds(), 1L << 32) * 1_000_000_000L
                + timeout.toNanosPart();
        long deadline = System.nanoTime() + nanos;
        return deadline == NONE ? deadline + 1 : deadline;
    }

    /** What is left, never negative; null for no deadline. */
    static Duration remaining(long deadline) {
        return deadline == NONE ? null : Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /**
     * Takes a queue lock. These are held only while a record is copied, so, as Python does with
     * its queue's locks, this waits for them regardless of the operation's timeout; a holder that
     * died is taken over by the lock itself.
     */
    static void acquire(Lock lock) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        lock.acquire();
    }

    /**
     * Waits until {@code blocked} is false, watching {@code event}, which whoever changes the
     * condition sets. Clearing before the re-check means no change can slip between them unseen.
     * Returns false if the deadline passed first.
     */
    static boolean await(Event event, BooleanSupplier blocked, long deadline) throws InterruptedException {
        while (true) {
            event.clear();
            if (!blocked.getAsBoolean()) {
                return true;
            }
            Duration left = remaining(deadline);
            if (left != null && left.isZero()) {
                return false;
            }
            event.await(left);
        }
    }
}
