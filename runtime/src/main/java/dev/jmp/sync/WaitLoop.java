package dev.jmp.sync;

import dev.jmp.shm.LongArray;
import java.time.Duration;

/**
 * The state of one blocking call: its deadline, how often it has paused, and whether it was
 * interrupted. Uninterruptible waits remember an interrupt and restore it in {@link #done},
 * because a pending interrupt would make every park return at once.
 */
final class WaitLoop {

    static final long NO_DEADLINE = Long.MIN_VALUE;
    static final WaitStrategy STRATEGY = new BackoffWaitStrategy();
    /** How often a parked waiter looks for a dead owner. */
    private static final long OWNER_CHECK_NANOS = 10_000_000L;

    private final long deadline;
    private final boolean interruptible;
    private int round;
    private boolean interrupted;
    private long nextOwnerCheck;

    WaitLoop(long deadline, boolean interruptible) {
        this.deadline = deadline;
        this.interruptible = interruptible;
    }

    /** The deadline {@code timeout} from now; null means none. Negative timeouts mean "now". */
    static long deadline(Duration timeout) {
        if (timeout == null) {
            return NO_DEADLINE;
        }
        long nanos = timeout.isNegative() ? 0 : saturatedNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        return deadline == NO_DEADLINE ? deadline + 1 : deadline;
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return Math.min(timeout.toNanos(), Long.MAX_VALUE / 2);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /**
     * Pauses while {@code words[index]} still equals {@code observed}. Returns false, without
     * pausing, once the deadline has passed.
     */
    boolean pause(LongArray words, int index, long observed) throws InterruptedException {
        if (Thread.interrupted()) {
            if (interruptible) {
                throw new InterruptedException();
            }
            interrupted = true;
        }
        if (expired()) {
            return false;
        }
        STRATEGY.pause(words, index, observed, round++, deadline);
        return true;
    }

    boolean expired() {
        return deadline != NO_DEADLINE && System.nanoTime() - deadline >= 0;
    }

    /** Whether this wait is past spinning and yielding: it parks, and is worth recording. */
    boolean isParking() {
        return round >= BackoffWaitStrategy.ACTIVE_ROUNDS;
    }

    /** True now and then once this wait parks, when it is worth checking whether an owner died. */
    boolean dueForOwnerCheck() {
        if (round < BackoffWaitStrategy.ACTIVE_ROUNDS) {
            return false;
        }
        long now = System.nanoTime();
        if (nextOwnerCheck != 0 && now - nextOwnerCheck < 0) {
            return false;
        }
        nextOwnerCheck = now + OWNER_CHECK_NANOS;
        return true;
    }

    /** Ends the wait: restores an interrupt that an uninterruptible wait swallowed. */
    void done() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
