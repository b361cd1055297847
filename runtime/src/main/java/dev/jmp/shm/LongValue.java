package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code long} in shared memory: Python's {@code Value('q', 0)} ({@link #create}) and
 * {@code RawValue('q', 0)} ({@link #createRaw}). Passed to a task in another process, it is the
 * same memory there. Every operation is atomic and has volatile semantics, like
 * {@link java.util.concurrent.atomic.AtomicLong}; the lock is for compound operations.
 *
 * <pre>{@code
 * try (LongValue counter = LongValue.create(0)) {
 *     counter.incrementAndGet();                        // atomic, no lock needed
 *     try (var held = counter.getLock().hold()) {       // Python: with counter.get_lock():
 *         counter.set(counter.get() * 2);
 *     }
 * }
 * }</pre>
 */
public final class LongValue extends SharedMemoryObject {

    static {
        register(LongValue.class, LongValue::new);
    }

    private LongValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('q', initial)}. */
    public static LongValue create(long initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('q', initial, lock=lock)}. */
    public static LongValue create(long initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('q', initial)}. */
    public static LongValue createRaw(long initial) {
        return of(Guard.NONE, initial);
    }

    private static LongValue of(Guard guard, long initial) {
        LongValue value = new LongValue(SharedRegion.allocate(Long.BYTES), guard);
        value.set(initial);
        return value;
    }

    public long get() {
        return (long) LONG.getVolatile(buffer, base);
    }

    public void set(long newValue) {
        LONG.setVolatile(buffer, base, newValue);
    }

    public long getAndSet(long newValue) {
        return (long) LONG.getAndSet(buffer, base, newValue);
    }

    /** Sets {@code newValue} if the value is {@code expected}; returns whether it did. */
    public boolean compareAndSet(long expected, long newValue) {
        return LONG.compareAndSet(buffer, base, expected, newValue);
    }

    public long getAndAdd(long delta) {
        return (long) LONG.getAndAdd(buffer, base, delta);
    }

    public long addAndGet(long delta) {
        return (long) LONG.getAndAdd(buffer, base, delta) + delta;
    }

    public long incrementAndGet() {
        return addAndGet(1);
    }

    public long decrementAndGet() {
        return addAndGet(-1);
    }

    @Override
    public String toString() {
        return "LongValue(" + get() + ")";
    }
}
