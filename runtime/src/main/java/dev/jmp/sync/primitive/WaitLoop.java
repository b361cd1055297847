package dev.jmp.sync.primitive;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;

/**
 * The state of one blocking call: its deadline, how often it has paused, and whether it was
 * interrupted. Uninterruptible waits remember an interrupt and restore it in {@link #done},
 * because a pending interrupt would make every park return at once. Every primitive waits for a
 * word through one of these, and so through the one {@link WaitStrategy}.
 */
final class WaitLoop {

    private static final WaitStrategy STRATEGY = new BackoffWaitStrategy();
    /** How often a parked waiter looks for a dead owner. */
    private static final long OWNER_CHECK_NANOS = 10_000_000L;

    private final Deadline deadline;
    private final boolean interruptible;
    private int round;
    private boolean interrupted;
    private long nextOwnerCheck;

    WaitLoop(Deadline deadline, boolean interruptible) {
        this.deadline = deadline;
        this.interruptible = interruptible;
    }

    /** Tells waiters of {@code words[index]} that it changed; whoever changes a word others may wait on calls this. */
    static void wake(SharedWords words, int index) {
        STRATEGY.wake(words, index);
    }

    /**
     * Pauses while {@code words[index]} still equals {@code observed}. Returns false, without
     * pausing, once the deadline has passed.
     */
    boolean pause(SharedWords words, int index, long observed) throws InterruptedException {
        if (Thread.interrupted()) {
            if (interruptible) {
                throw new InterruptedException();
            }
            interrupted = true;
        }
        if (deadline.hasPassed()) {
            return false;
        }
        STRATEGY.pause(words, index, observed, round++, deadline);
        return true;
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
