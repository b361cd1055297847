package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * An {@code int} in shared memory: Python's {@code Value('i', 0)} ({@link #create}) and
 * {@code RawValue('i', 0)} ({@link #createRaw}). Passed to a task in another process, it is the
 * same memory there. Every operation is atomic and has volatile semantics, like
 * {@link java.util.concurrent.atomic.AtomicInteger}; the lock is for compound operations.
 *
 * <pre>{@code
 * try (IntValue counter = IntValue.create(0)) {
 *     counter.incrementAndGet();                        // atomic, no lock needed
 *     try (var held = counter.getLock().hold()) {       // Python: with counter.get_lock():
 *         counter.set(counter.get() * 2);
 *     }
 * }
 * }</pre>
 */
public final class IntValue extends SharedMemoryObject {

    static {
        register(IntValue.class, IntValue::new);
    }

    private IntValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('i', initial)}. */
    public static IntValue create(int initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('i', initial, lock=lock)}. */
    public static IntValue create(int initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('i', initial)}. */
    public static IntValue createRaw(int initial) {
        return of(Guard.NONE, initial);
    }

    private static IntValue of(Guard guard, int initial) {
        IntValue value = new IntValue(SharedRegion.allocate(Integer.BYTES), guard);
        value.set(initial);
        return value;
    }

    public int get() {
        return (int) INT.getVolatile(buffer, base);
    }

    public void set(int newValue) {
        INT.setVolatile(buffer, base, newValue);
    }

    public int getAndSet(int newValue) {
        return (int) INT.getAndSet(buffer, base, newValue);
    }

    /** Sets {@code newValue} if the value is {@code expected}; returns whether it did. */
    public boolean compareAndSet(int expected, int newValue) {
        return INT.compareAndSet(buffer, base, expected, newValue);
    }

    public int getAndAdd(int delta) {
        return (int) INT.getAndAdd(buffer, base, delta);
    }

    public int addAndGet(int delta) {
        return (int) INT.getAndAdd(buffer, base, delta) + delta;
    }

    public int incrementAndGet() {
        return addAndGet(1);
    }

    public int decrementAndGet() {
        return addAndGet(-1);
    }

    @Override
    public String toString() {
        return "IntValue(" + get() + ")";
    }
}
