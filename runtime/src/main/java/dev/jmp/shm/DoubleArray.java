package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;

/**
 * A {@code double[]} in shared memory: Python's {@code Array('d', n)} ({@link #create}) and
 * {@code RawArray('d', n)} ({@link #createRaw}). Element operations are atomic with volatile
 * semantics ({@link #addAndGet} retries a compare-and-set); bulk copies are plain and fast.
 *
 * <pre>{@code
 * try (DoubleArray samples = DoubleArray.createRaw(1_000_000)) {
 *     samples.copyFrom(localBatch, 0, 0, localBatch.length);
 *     double first = samples.get(0);
 * }
 * }</pre>
 */
public final class DoubleArray extends SharedArray<double[], DoubleArray> {

    private static final ArrayKind<double[], DoubleArray> KIND = new Kind().registered();

    /** The {@code double} element type. */
    private static final class Kind extends ArrayKind<double[], DoubleArray> {

        Kind() {
            super(DoubleArray.class, Double.BYTES);
        }

        @Override
        double[] newArray(int length) {
            return new double[length];
        }

        @Override
        void read(ByteBuffer bytes, double[] array, int offset, int count) {
            bytes.asDoubleBuffer().get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, double[] array, int offset, int count) {
            bytes.asDoubleBuffer().put(array, offset, count);
        }

        @Override
        public DoubleArray apply(SharedRegion region, Guard guard) {
            return new DoubleArray(region, guard);
        }
    }

    private DoubleArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('d', length)}. */
    public static DoubleArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('d', [1.0, 2.0])}. */
    public static DoubleArray create(double[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('d', length, lock=lock)}. */
    public static DoubleArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('d', [1.0, 2.0], lock=lock)}. */
    public static DoubleArray create(double[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('d', length)}. */
    public static DoubleArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock; Python's {@code RawArray('d', [1.0, 2.0])}. */
    public static DoubleArray createRaw(double[] contents) {
        return KIND.create(contents, Guard.NONE);
    }

    public double get(int index) {
        return (double) DOUBLE.getVolatile(buffer, at(index));
    }

    public void set(int index, double value) {
        DOUBLE.setVolatile(buffer, at(index), value);
    }

    /** Sets {@code value} if the element has the bits of {@code expected}; returns whether it did. */
    public boolean compareAndSet(int index, double expected, double value) {
        return DOUBLE.compareAndSet(buffer, at(index), expected, value);
    }

    public double getAndAdd(int index, double delta) {
        int at = at(index);
        while (true) {
            double current = (double) DOUBLE.getVolatile(buffer, at);
            if (DOUBLE.compareAndSet(buffer, at, current, current + delta)) {
                return current;
            }
        }
    }

    public double addAndGet(int index, double delta) {
        return getAndAdd(index, delta) + delta;
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
