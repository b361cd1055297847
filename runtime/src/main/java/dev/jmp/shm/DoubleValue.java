package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code double} in shared memory: Python's {@code Value('d', 0.0)} ({@link #create}) and
 * {@code RawValue('d', 0.0)} ({@link #createRaw}). Every operation is atomic with volatile
 * semantics; {@link #compareAndSet} compares bit patterns (so {@code NaN} matches {@code NaN}),
 * and the arithmetic ones retry a compare-and-set until it succeeds.
 *
 * <pre>{@code
 * try (DoubleValue total = DoubleValue.create(0.0)) {
 *     total.addAndGet(2.5);
 * }
 * }</pre>
 */
public final class DoubleValue extends SharedMemoryObject {

    static {
        register(DoubleValue.class, DoubleValue::new);
    }

    private DoubleValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('d', initial)}. */
    public static DoubleValue create(double initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('d', initial, lock=lock)}. */
    public static DoubleValue create(double initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('d', initial)}. */
    public static DoubleValue createRaw(double initial) {
        return of(Guard.NONE, initial);
    }

    private static DoubleValue of(Guard guard, double initial) {
        DoubleValue value = new DoubleValue(SharedRegion.allocate(Double.BYTES), guard);
        value.set(initial);
        return value;
    }

    public double get() {
        return (double) DOUBLE.getVolatile(buffer, base);
    }

    public void set(double newValue) {
        DOUBLE.setVolatile(buffer, base, newValue);
    }

    public double getAndSet(double newValue) {
        return (double) DOUBLE.getAndSet(buffer, base, newValue);
    }

    /** Sets {@code newValue} if the value has the bits of {@code expected}; returns whether it did. */
    public boolean compareAndSet(double expected, double newValue) {
        return DOUBLE.compareAndSet(buffer, base, expected, newValue);
    }

    public double getAndAdd(double delta) {
        while (true) {
            double current = get();
            if (compareAndSet(current, current + delta)) {
                return current;
            }
        }
    }

    public double addAndGet(double delta) {
        return getAndAdd(delta) + delta;
    }

    @Override
    public String toString() {
        return "DoubleValue(" + get() + ")";
    }
}
