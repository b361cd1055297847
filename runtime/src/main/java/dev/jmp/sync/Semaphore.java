package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.OwnerWord;
import dev.jmp.sync.primitive.PermitHolders;
import dev.jmp.sync.primitive.RecordedWait;
import dev.jmp.sync.primitive.SemaphoreLayout;
import dev.jmp.sync.primitive.WaitLoop;
import dev.jmp.sync.primitive.WaitRecorder;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * A counting semaphore shared by processes: Python's {@code multiprocessing.Semaphore}.
 *
 * <pre>{@code
 * Semaphore slots = Semaphore.create(2);      // at most two tasks at once
 * try (Held held = slots.hold()) {
 *     work();
 * }
 * }</pre>
 *
 * <p><b>When a holder dies.</b> Permits are attributed to the thread that acquired them. A
 * waiter that finds no permit looks, every few milliseconds, for holders whose process died,
 * returns their permits (never raising the count above the initial value) and logs a
 * {@code [jmp.sync.permits-recovered]} warning; {@link #recoveredPermits()} counts them. The
 * limits of this bookkeeping are those of {@link PermitHolders}: 32 holder threads at once, and
 * no more permits per thread than the initial value. A process killed in the few instructions
 * between taking a permit and recording it loses that permit.
 *
 * <p><b>Deadlocks.</b> A thread that blocks in {@link #acquire()} is recorded for
 * {@link dev.jmp.diagnostics.Deadlocks}, which reports it when every holder of the permits is
 * itself blocked for good.
 */
public class Semaphore implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Semaphore.class, (s, out) -> s.words.write(out), in -> new Semaphore(SharedWords.read(in)));
    }

    private static final int VALUE = SemaphoreLayout.VALUE;
    private static final int INITIAL = SemaphoreLayout.INITIAL;
    private static final int BOUNDED = SemaphoreLayout.BOUNDED;
    private static final int RECOVERED = SemaphoreLayout.RECOVERED;

    final SharedWords words;
    private final PermitHolders holders;
    private final WaitRecorder recorder;

    Semaphore(SharedWords words) {
        this.words = words;
        this.holders = new PermitHolders(words, SemaphoreLayout.HOLDERS, words.getVolatile(INITIAL));
        this.recorder = new WaitRecorder(words, VALUE, words.getVolatile(BOUNDED) != 0 ? "BoundedSemaphore" : "Semaphore");
    }

    static SharedWords newWords(int value, boolean bounded) {
        if (value < 0) {
            throw new IllegalArgumentException("a semaphore's initial value must be >= 0, not " + value);
        }
        SharedWords words = SharedWords.allocate(SemaphoreLayout.WORDS);
        words.setVolatile(INITIAL, value);
        words.setVolatile(BOUNDED, bounded ? 1 : 0);
        words.setVolatile(VALUE, value);
        return words;
    }

    /** A semaphore with {@code value} permits; Python's {@code Semaphore(value)}. */
    public static Semaphore create(int value) {
        return new Semaphore(newWords(value, false));
    }

    /** Takes a permit, waiting as long as it takes. */
    public void acquire() throws InterruptedException {
        acquire(Deadline.NONE);
    }

    /** Takes a permit, waiting at most {@code timeout}; returns whether it got one. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return acquire(Deadline.after(timeout));
    }

    /** Takes a permit only if one is free; Python's {@code acquire(False)}. */
    public boolean tryAcquire() {
        for (long v; (v = words.getVolatile(VALUE)) > 0; ) {
            if (words.compareAndSet(VALUE, v, v - 1)) {
                holders.record();
                return true;
            }
        }
        return false;
    }

    private boolean acquire(Deadline deadline) throws InterruptedException {
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
                OwnerWord.LOG.log(Level.WARNING, "[jmp.sync.permits-recovered] {0} permit(s) of a "
                        + "semaphore were held by processes that died; returned {1}", dead, Math.max(returned, 0));
                WaitLoop.wake(words, VALUE);
                return returned > 0;
            }
        }
        return false;
    }

    /** Acquires a permit (as {@link #acquire()}) and returns the hold that releases it. */
    public Held hold() throws InterruptedException {
        acquire();
        return new Held(this::release, false);
    }

    /**
     * Returns a permit; any process may release, as in Python.
     *
     * @throws IllegalStateException for a {@link BoundedSemaphore} already at its initial value
     */
    public void release() {
        boolean bounded = words.getVolatile(BOUNDED) != 0;
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

    /** Permits free now; Python's {@code get_value()}. */
    public int availablePermits() {
        return (int) words.getVolatile(VALUE);
    }

    /** Permits given back so far because their holders died. */
    public long recoveredPermits() {
        return words.getVolatile(RECOVERED);
    }

    /** Releases this process's use of the semaphore's memory. */
    @Override
    public void close() {
        words.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(value=" + availablePermits() + ")";
    }
}
