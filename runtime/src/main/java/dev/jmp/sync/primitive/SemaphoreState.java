package dev.jmp.sync.primitive;

import dev.jmp.base.JmpLog;
import static dev.jmp.sync.primitive.SemaphoreLayout.BOUNDED;
import static dev.jmp.sync.primitive.SemaphoreLayout.INITIAL;
import static dev.jmp.sync.primitive.SemaphoreLayout.RECOVERED;
import static dev.jmp.sync.primitive.SemaphoreLayout.VALUE;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;
import java.lang.System.Logger.Level;

/**
 * The state machine of a {@code Semaphore} and {@code BoundedSemaphore} ({@link SemaphoreLayout}):
 * a count changed by compare-and-set, the {@code PermitHolders} that let a waiter give back the
 * permits of processes that died, and the recording of blocked waits for the deadlock detector.
 */
public final class SemaphoreState {

    private final SharedWords words;
    private final PermitHolders holders;
    private final WaitRecorder recorder;

    public SemaphoreState(SharedWords words) {
        this.words = words;
        this.holders = new PermitHolders(words, SemaphoreLayout.HOLDERS, words.getVolatile(INITIAL));
        this.recorder = new WaitRecorder(words, VALUE, isBounded() ? "BoundedSemaphore" : "Semaphore");
    }

    /** The state of a new semaphore with {@code value} permits. */
    public static SemaphoreState create(int value, boolean bounded) {
        if (value < 0) {
            throw new IllegalArgumentException("a semaphore's initial value must be >= 0, not " + value);
        }
        SharedWords words = SharedWords.allocate(SemaphoreLayout.WORDS);
        words.setVolatile(INITIAL, value);
        words.setVolatile(BOUNDED, bounded ? 1 : 0);
        words.setVolatile(VALUE, value);
        return new SemaphoreState(words);
    }

    public SharedWords words() {
        return words;
    }

    public boolean isBounded() {
        return words.getVolatile(BOUNDED) != 0;
    }

    /** Takes a permit only if one is free. */
    public boolean tryAcquire() {
        for (long v; (v = words.getVolatile(VALUE)) > 0; ) {
            if (words.compareAndSet(VALUE, v, v - 1)) {
                holders.record();
                return true;
            }
        }
        return false;
    }

    /** Takes a permit, waiting until the deadline (interruptibly); returns whether it got one. */
    public boolean acquire(Deadline deadline) throws InterruptedException {
        WaitLoop loop = new WaitLoop(deadline, true);
        RecordedWait waiting = null;
        try {
            while (true) {
                long v = words.getVolatile(VALUE);
                if (v > 0) {
                    if (words.compareAndSet(VALUE, v, v - 1)) {
                        // No longer a waiter before becoming a holder: never both at once.
                        WaitRecorder.leave(waiting);
                        waiting = null;
                        holders.record();
                        return true;
                    }
                } else {
                    if (waiting == null && loop.isParking()) {
                        waiting = recorder.enter(!deadline.isNone());
                    }
                    if (!(loop.dueForOwnerCheck() && recoverDeadHolders()) && !loop.pause(words, VALUE, v)) {
                        return false;
                    }
                }
            }
        } finally {
            WaitRecorder.leave(waiting);
        }
    }

    private boolean recoverDeadHolders() {
        long dead = holders.reclaimDead();
        long initial = words.getVolatile(INITIAL);
        while (dead > 0) {
            long v = words.getVolatile(VALUE);
            long returned = Math.min(dead, initial - v);
            if (returned <= 0 || words.compareAndSet(VALUE, v, v + returned)) {
                words.getAndAdd(RECOVERED, Math.max(returned, 0));
                JmpLog.log(JmpLog.SYNC, Level.WARNING, "[jmp.sync.permits-recovered] " + dead + " permit(s) of a "
                        + "semaphore were held by processes that died; returned " + Math.max(returned, 0));
                WaitLoop.wake(words, VALUE);
                return returned > 0;
            }
        }
        return false;
    }

    /**
     * Returns a permit; any process may.
     *
     * @throws IllegalStateException for a bounded semaphore already at its initial value
     */
    public void release() {
        boolean bounded = isBounded();
        long bound = words.getVolatile(INITIAL);
        while (true) {
            long v = words.getVolatile(VALUE);
            if (bounded && v >= bound) {
                throw new IllegalStateException("[jmp.sync.over-release] BoundedSemaphore released too many"
                        + " times: it already has its initial " + bound + " permit(s)");
            }
            if (words.compareAndSet(VALUE, v, v + 1)) {
                break;
            }
        }
        holders.forget();
        WaitLoop.wake(words, VALUE);
    }

    /** Permits free now. */
    public int available() {
        return (int) words.getVolatile(VALUE);
    }

    /** Permits given back so far because their holders died. */
    public long recovered() {
        return words.getVolatile(RECOVERED);
    }
}
