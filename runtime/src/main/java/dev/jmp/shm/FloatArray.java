package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;

/**
 * A {@code float[]} in shared memory: Python's {@code Array('f', n)} ({@link #create}) and
 * {@code RawArray('f', n)} ({@link #createRaw}). Element operations are atomic with volatile
 * semantics ({@link #addAndGet} retries a compare-and-set); bulk copies are plain and fast.
 *
 * <pre>{@code
 * try (FloatArray weights = FloatArray.create(new float[] {0.5f, 0.25f})) {
 *     weights.addAndGet(0, 0.125f);
 * }
 * }</pre>
 */
public final class FloatArray extends SharedArray<float[], FloatArray> {

    private static final ArrayKind<float[], FloatArray> KIND = new Kind().registered();

    /** The {@code float} element type. */
    private static final class Kind extends ArrayKind<float[], FloatArray> {

        Kind() {
            super(FloatArray.class, Float.BYTES);
        }

        @Override
        float[] newArray(int length) {
            return new float[length];
        }

        @Override
        void read(ByteBuffer bytes, float[] array, int offset, int count) {
            bytes.asFloatBuffer().get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, float[] array, int offset, int count) {
            bytes.asFloatBuffer().put(array, offset, count);
        }

        @Override
        public FloatArray apply(SharedRegion region, Guard guard) {
            return new FloatArray(region, guard);
        }
    }

    private FloatArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('f', length)}. */
    public static FloatArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('f', [1.0, 2.0])}. */
    public static FloatArray create(float[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('f', length, lock=lock)}. */
    public static FloatArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('f', [1.0, 2.0], lock=lock)}. */
    public static FloatArray create(float[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('f', length)}. */
    public static FloatArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock; Python's {@code RawArray('f', [1.0, 2.0])}. */
    public static FloatArray createRaw(float[] contents) {
        return KIND.create(contents, Guard.NONE);
    }

    public float get(int index) {
        return (float) FLOAT.getVolatile(buffer, at(index));
    }

    public void set(int index, float value) {
        FLOAT.setVolatile(buffer, at(index), value);
    }

    public float getAndSet(int index, float value) {
        return (float) FLOAT.getAndSet(buffer, at(index), value);
    }

    /** Sets {@code value} if the element has the bits of {@code expected}; returns whether it did. */
    public boolean compareAndSet(int index, float expected, float value) {
        return FLOAT.compareAndSet(buffer, at(index), expected, value);
    }

    public float getAndAdd(int index, float delta) {
        int at = at(index);
        while (true) {
            float current = (float) FLOAT.getVolatile(buffer, at);
            if (FLOAT.compareAndSet(buffer, at, current, current + delta)) {
                return current;
            }
        }
    }

    public float addAndGet(int index, float delta) {
        return getAndAdd(index, delta) + delta;
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
