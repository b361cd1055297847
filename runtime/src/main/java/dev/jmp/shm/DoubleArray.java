package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.RLock;

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
public final class DoubleArray extends SharedArray {

    static {
        SharedObjects.register(DoubleArray.class, DoubleArray::writeHandle,
                in -> new DoubleArray(SharedRegion.read(in), readLock(in), false));
    }

    private DoubleArray(SharedRegion region, RLock lock, boolean view) {
        super(region, lock, view, Double.BYTES);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('d', length)}. */
    public static DoubleArray create(int length) {
        return new DoubleArray(SharedRegion.allocate(bytesFor(length, Double.BYTES)), newLock(true), false);
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('d', [1.0, 2.0])}. */
    public static DoubleArray create(double[] contents) {
        return filled(create(contents.length), contents);
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('d', length)}. */
    public static DoubleArray createRaw(int length) {
        return new DoubleArray(SharedRegion.allocate(bytesFor(length, Double.BYTES)), null, false);
    }

    /** A copy of {@code contents}, without a lock. */
    public static DoubleArray createRaw(double[] contents) {
        return filled(createRaw(contents.length), contents);
    }

    private static DoubleArray filled(DoubleArray array, double[] contents) {
        array.copyFrom(contents, 0, 0, contents.length);
        return array;
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

    /** Copies {@code count} elements from {@code from} into {@code target} at {@code targetFrom}. */
    public void copyTo(int from, double[] target, int targetFrom, int count) {
        beforeBulkRead();
        bytes(from, count).asDoubleBuffer().get(target, targetFrom, count);
    }

    /** Copies {@code count} elements of {@code source} from {@code sourceFrom} into this array at {@code to}. */
    public void copyFrom(double[] source, int sourceFrom, int to, int count) {
        bytes(to, count).asDoubleBuffer().put(source, sourceFrom, count);
        afterBulkWrite();
    }

    /** A copy of all elements; Python's {@code arr[:]}. */
    public double[] toArray() {
        double[] copy = new double[length()];
        copyTo(0, copy, 0, copy.length);
        return copy;
    }

    /** Elements {@code [from, to)} as a view sharing this array's memory and lock. */
    public DoubleArray slice(int from, int to) {
        return new DoubleArray(viewOf(from, to), lockOrNull(), true);
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
