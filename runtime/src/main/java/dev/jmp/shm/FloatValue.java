package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code float} in shared memory: Python's {@code Value('f', 0.0)} ({@link #create}) and
 * {@code RawValue('f', 0.0)} ({@link #createRaw}). Every operation is atomic with volatile
 * semantics; {@link #compareAndSet} compares bit patterns (so {@code NaN} matches {@code NaN}),
 * and the arithmetic ones retry a compare-and-set until it succeeds.
 *
 * <pre>{@code
 * try (FloatValue total = FloatValue.create(0f)) {
 *     total.addAndGet(2.5f);
 * }
 * }</pre>
 */
public final class FloatValue extends SharedMemoryObject {

    static {
        register(FloatValue.class, FloatValue::new);
    }

    private FloatValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('f', initial)}. */
    public static FloatValue create(float initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('f', initial, lock=lock)}. */
    public static FloatValue create(float initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('f', initial)}. */
    public static FloatValue createRaw(float initial) {
        return of(Guard.NONE, initial);
    }

    private static FloatValue of(Guard guard, float initial) {
        FloatValue value = new FloatValue(SharedRegion.allocate(Float.BYTES), guard);
        value.set(initial);
        return value;
    }

    public float get() {
        return (float) FLOAT.getVolatile(buffer, base);
    }

    public void set(float newValue) {
        FLOAT.setVolatile(buffer, base, newValue);
    }

    public float getAndSet(float newValue) {
        return (float) FLOAT.getAndSet(buffer, base, newValue);
    }

    /** Sets {@code newValue} if the value has the bits of {@code expected}; returns whether it did. */
    public boolean compareAndSet(float expected, float newValue) {
        return FLOAT.compareAndSet(buffer, base, expected, newValue);
    }

    public float getAndAdd(float delta) {
        while (true) {
            float current = get();
            if (compareAndSet(current, current + delta)) {
                return current;
            }
        }
    }

    public float addAndGet(float delta) {
        return getAndAdd(delta) + delta;
    }

    @Override
    public String toString() {
        return "FloatValue(" + get() + ")";
    }
}
