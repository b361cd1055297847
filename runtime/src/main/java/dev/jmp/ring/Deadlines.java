package dev.jmp.ring;

import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Deadlines as {@link System#nanoTime} values, and the two ways a queue operation waits. */
final class Deadlines {

    static final long NONE = Long.MIN_VALUE;
    /**
     * How long a reader that found nothing keeps looking before it waits on an event: a message
     * that comes back within this time costs no clearing and setting of the event on either side.
     */
    private static final long SPIN_NANOS = 10_000L;
    private static final boolean CAN_SPIN = Runtime.getRuntime().availableProcessors() > 1;

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

    /** Spins while {@code blocked} holds, for {@link #SPIN_NANOS} at most; returns whether it stopped holding. */
    static boolean spinWhile(BooleanSupplier blocked) {
        if (!CAN_SPIN) {
            return false;
        }
        long end = System.nanoTime() + SPIN_NANOS;
        for (int round = 1; blocked.getAsBoolean(); round++) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            if ((round & 15) == 0) {
                Thread.yield(); // on a busy machine the other side may be waiting for this core
            } else {
                Thread.onSpinWait();
            }
        }
        return true;
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
