package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.SemaphoreState;
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
 * limits of this bookkeeping are those of its permit table: 32 holder threads at once, and
 * no more permits per thread than the initial value. A process killed in the few instructions
 * between taking a permit and recording it loses that permit.
 *
 * <p><b>Deadlocks.</b> A thread that blocks in {@link #acquire()} is recorded for
 * {@link dev.jmp.diagnostics.Deadlocks}, which reports it when every holder of the permits is
 * itself blocked for good.
 */
public class Semaphore implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Semaphore.class, (s, out) -> s.state.words().write(out),
                in -> new Semaphore(new SemaphoreState(SharedWords.read(in))));
    }

    final SemaphoreState state;

    Semaphore(SemaphoreState state) {
        this.state = state;
    }

    /** A semaphore with {@code value} permits; Python's {@code Semaphore(value)}. */
    public static Semaphore create(int value) {
        return new Semaphore(SemaphoreState.create(value, false));
    }

    /** Takes a permit, waiting as long as it takes. */
    public void acquire() throws InterruptedException {
        state.acquire(Deadline.NONE);
    }

    /** Takes a permit, waiting at most {@code timeout}; returns whether it got one. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return state.acquire(Deadline.after(timeout));
    }

    /** Takes a permit only if one is free; Python's {@code acquire(False)}. */
    public boolean tryAcquire() {
        return state.tryAcquire();
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
        state.release();
    }

    /** Permits free now; Python's {@code get_value()}. */
    public int availablePermits() {
        return state.available();
    }

    /** Permits given back so far because their holders died. */
    public long recoveredPermits() {
        return state.recovered();
    }

    /** Releases this process's use of the semaphore's memory. */
    @Override
    public void close() {
        state.words().close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(value=" + availablePermits() + ")";
    }
}
