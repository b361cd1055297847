package dev.jmp.sync;

import java.time.Duration;

/**
 * A {@link Lock} or an {@link RLock}: what Python accepts as the {@code lock=} argument of
 * {@code Value} and {@code Array}, and what their {@code get_lock()} returns. A value or array
 * created with {@code create(initial, lock)} is guarded by that lock, so several of them can share
 * one; created with {@code create(initial)} it gets an {@code RLock} of its own, as in Python.
 *
 * <pre>{@code
 * try (Lock lock = Lock.create(); IntValue a = IntValue.create(0, lock); IntValue b = IntValue.create(0, lock);
 *         Held held = a.getLock().hold()) {   // Python: with a.get_lock():
 *     a.set(a.get() - 1);
 *     b.set(b.get() + 1);                    // b.get_lock() is the same lock
 * }
 * }</pre>
 */
public sealed interface ProcessLock extends ProcessShareable, AutoCloseable permits Lock, RLock {

    /** Waits as long as it takes; Python's {@code acquire()}. Not interruptible. */
    void acquire();

    /** Waits at most {@code timeout}; Python's {@code acquire(timeout=...)}. Returns whether it got the lock. */
    boolean acquire(Duration timeout) throws InterruptedException;

    /** Takes the lock only if it can now; Python's {@code acquire(False)}. */
    boolean tryAcquire();

    /** Acquires (as {@link #acquire()}) and returns the hold to close; Python's {@code with lock:}. */
    Held hold();

    /** Releases the lock; Python's {@code release()}. */
    void release();

    /** Whether any thread of any process holds the lock; Python's {@code locked()}. */
    boolean isLocked();

    /** Whether the current holding was taken over from a process that died holding the lock. */
    boolean wasRecovered();

    /** Releases this process's use of the lock's memory. */
    @Override
    void close();
}
