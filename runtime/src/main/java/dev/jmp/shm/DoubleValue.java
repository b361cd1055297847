package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.RLock;

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
        SharedObjects.register(DoubleValue.class, DoubleValue::writeHandle,
                in -> new DoubleValue(SharedRegion.read(in), readLock(in)));
    }

    private DoubleValue(SharedRegion region, RLock lock) {
        super(region, lock, false);
    }

    /** A new value with a lock ({@link #getLock}), like Python's {@code Value('d', initial)}. */
    public static DoubleValue create(double initial) {
        return init(new DoubleValue(SharedRegion.allocate(Double.BYTES), newLock(true)), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('d', initial)}. */
    public static DoubleValue createRaw(double initial) {
        return init(new DoubleValue(SharedRegion.allocate(Double.BYTES), null), initial);
    }

    private static DoubleValue init(DoubleValue value, double initial) {
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
