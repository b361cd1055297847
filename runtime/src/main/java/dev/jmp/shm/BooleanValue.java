package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code boolean} in shared memory: Python's {@code Value(ctypes.c_bool, False)}
 * ({@link #create}) and its raw form ({@link #createRaw}). Stored as an {@code int} so that it
 * supports atomic compare-and-set; every operation has volatile semantics.
 *
 * <pre>{@code
 * try (BooleanValue stop = BooleanValue.createRaw(false)) {
 *     // hand `stop` to workers; they poll stop.get()
 *     stop.set(true);
 * }
 * }</pre>
 */
public final class BooleanValue extends SharedMemoryObject {

    static {
        register(BooleanValue.class, BooleanValue::new);
    }

    private BooleanValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value(c_bool, initial)}. */
    public static BooleanValue create(boolean initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value(c_bool, initial, lock=lock)}. */
    public static BooleanValue create(boolean initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue(c_bool, initial)}. */
    public static BooleanValue createRaw(boolean initial) {
        return of(Guard.NONE, initial);
    }

    private static BooleanValue of(Guard guard, boolean initial) {
        BooleanValue value = new BooleanValue(SharedRegion.allocate(Integer.BYTES), guard);
        value.set(initial);
        return value;
    }

    public boolean get() {
        return (int) INT.getVolatile(buffer, base) != 0;
    }

    public void set(boolean newValue) {
        INT.setVolatile(buffer, base, newValue ? 1 : 0);
    }

    public boolean getAndSet(boolean newValue) {
        return (int) INT.getAndSet(buffer, base, newValue ? 1 : 0) != 0;
    }

    /** Sets {@code newValue} if the value is {@code expected}; returns whether it did. */
    public boolean compareAndSet(boolean expected, boolean newValue) {
        return INT.compareAndSet(buffer, base, expected ? 1 : 0, newValue ? 1 : 0);
    }

    @Override
    public String toString() {
        return "BooleanValue(" + get() + ")";
    }
}
