package dev.jmp.sync;

import dev.jmp.internal.WaitTable;
import dev.jmp.shm.LongArray;
import java.lang.System.Logger.Level;

/**
 * A word of shared memory that is 0 when free and holds its owner's {@link OwnerTokens token}
 * otherwise: the heart of {@link Lock} and {@link RLock}. A waiter that finds the owner's
 * process dead takes the word over with one compare-and-set, so of several waiters exactly one
 * recovers it, and says so: {@link #claim} returns the dead owner's token and a warning is logged.
 */
final class OwnerWord {

    static final System.Logger LOG = System.getLogger("dev.jmp.sync");
    /** What {@link #claim} returns when the deadline passed. */
    static final long TIMED_OUT = -1;

    private final LongArray words;
    private final int index;
    private final String description;
    private final WaitRecorder recorder;

    OwnerWord(LongArray words, int index, String description) {
        this.words = words;
        this.index = index;
        this.description = description;
        // "a Lock" -> "Lock": the kind the wait table names.
        this.recorder = new WaitRecorder(words, index, description.substring(description.indexOf(' ') + 1));
    }

    long owner() {
        return words.get(index);
    }

    boolean tryClaim(long me) {
        return words.compareAndSet(index, 0, me);
    }

    /**
     * Waits for the word to be free (or its owner dead) and claims it. Returns 0 when it was
     * free, the dead owner's token when it was taken over, or {@link #TIMED_OUT}.
     */
    long claim(long me, long deadline, boolean interruptible) throws InterruptedException {
        WaitLoop loop = new WaitLoop(deadline, interruptible);
        WaitTable.Waiting waiting = null;
        try {
            while (true) {
                long owner = words.get(index);
                if (owner == 0) {
                    if (words.compareAndSet(index, 0, me)) {
                        return 0;
                    }
                } else if (loop.dueForOwnerCheck() && OwnerLiveness.isDead(owner)) {
                    if (words.compareAndSet(index, owner, me)) {
                        LOG.log(Level.WARNING, "[jmp.sync.owner-died] {0} was held by process {1}, which died"
                                + " without releasing it; process {2} took it over. Data it guards may be"
                                + " inconsistent.", description, Long.toString(OwnerTokens.pid(owner)),
                                Long.toString(ProcessHandle.current().pid()));
                        return owner;
                    }
                } else {
                    if (waiting == null && loop.isParking()) {
                        waiting = recorder.enter(me, deadline != WaitLoop.NO_DEADLINE);
                    }
                    if (!loop.pause(words, index, owner)) {
                        return TIMED_OUT;
                    }
                }
            }
        } finally {
            WaitRecorder.leave(waiting);
            loop.done();
        }
    }

    /** Frees the word; only its owner calls this. */
    void release() {
        words.set(index, 0);
        WaitLoop.STRATEGY.wake(words, index);
    }

    /** Frees the word if {@code holder} still holds it; returns whether it did. */
    boolean releaseFrom(long holder) {
        if (!words.compareAndSet(index, holder, 0)) {
            return false;
        }
        WaitLoop.STRATEGY.wake(words, index);
        return true;
    }
}
