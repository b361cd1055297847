package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.RLock;

/**
 * A {@code boolean} in shared memory: Python's {@code Value('b', False)} used as a flag
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
        SharedObjects.register(BooleanValue.class, BooleanValue::writeHandle,
                in -> new BooleanValue(SharedRegion.read(in), readLock(in)));
    }

    private BooleanValue(SharedRegion region, RLock lock) {
        super(region, lock, false);
    }

    /** A new value with a lock ({@link #getLock}). */
    public static BooleanValue create(boolean initial) {
        return init(new BooleanValue(SharedRegion.allocate(Integer.BYTES), newLock(true)), initial);
    }

    /** A new value without a lock. */
    public static BooleanValue createRaw(boolean initial) {
        return init(new BooleanValue(SharedRegion.allocate(Integer.BYTES), null), initial);
    }

    private static BooleanValue init(BooleanValue value, boolean initial) {
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
