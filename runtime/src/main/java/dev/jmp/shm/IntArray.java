package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.RLock;

/**
 * An {@code int[]} in shared memory: Python's {@code Array('i', n)} ({@link #create}) and
 * {@code RawArray('i', n)} ({@link #createRaw}). Element operations are atomic with volatile
 * semantics, like {@link java.util.concurrent.atomic.AtomicIntegerArray}; bulk copies
 * ({@link #copyFrom}, {@link #copyTo}, {@link #toArray}) are plain and fast.
 *
 * <pre>{@code
 * try (IntArray hits = IntArray.create(16)) {
 *     hits.incrementAndGet(3);
 *     IntArray firstHalf = hits.slice(0, 8);   // Python: arr[0:8], but a view, not a copy
 *     int[] snapshot = hits.toArray();
 * }
 * }</pre>
 */
public final class IntArray extends SharedArray {

    static {
        SharedObjects.register(IntArray.class, IntArray::writeHandle,
                in -> new IntArray(SharedRegion.read(in), readLock(in), false));
    }

    private IntArray(SharedRegion region, RLock lock, boolean view) {
        super(region, lock, view, Integer.BYTES);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('i', length)}. */
    public static IntArray create(int length) {
        return new IntArray(SharedRegion.allocate(bytesFor(length, Integer.BYTES)), newLock(true), false);
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('i', [1, 2, 3])}. */
    public static IntArray create(int[] contents) {
        return filled(create(contents.length), contents);
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('i', length)}. */
    public static IntArray createRaw(int length) {
        return new IntArray(SharedRegion.allocate(bytesFor(length, Integer.BYTES)), null, false);
    }

    /** A copy of {@code contents}, without a lock. */
    public static IntArray createRaw(int[] contents) {
        return filled(createRaw(contents.length), contents);
    }

    private static IntArray filled(IntArray array, int[] contents) {
        array.copyFrom(contents, 0, 0, contents.length);
        return array;
    }

    public int get(int index) {
        return (int) INT.getVolatile(buffer, at(index));
    }

    public void set(int index, int value) {
        INT.setVolatile(buffer, at(index), value);
    }

    public int getAndSet(int index, int value) {
        return (int) INT.getAndSet(buffer, at(index), value);
    }

    public boolean compareAndSet(int index, int expected, int value) {
        return INT.compareAndSet(buffer, at(index), expected, value);
    }

    public int getAndAdd(int index, int delta) {
        return (int) INT.getAndAdd(buffer, at(index), delta);
    }

    public int addAndGet(int index, int delta) {
        return getAndAdd(index, delta) + delta;
    }

    public int incrementAndGet(int index) {
        return addAndGet(index, 1);
    }

    /** Copies {@code count} elements from {@code from} into {@code target} at {@code targetFrom}. */
    public void copyTo(int from, int[] target, int targetFrom, int count) {
        beforeBulkRead();
        bytes(from, count).asIntBuffer().get(target, targetFrom, count);
    }

    /** Copies {@code count} elements of {@code source} from {@code sourceFrom} into this array at {@code to}. */
    public void copyFrom(int[] source, int sourceFrom, int to, int count) {
        bytes(to, count).asIntBuffer().put(source, sourceFrom, count);
        afterBulkWrite();
    }

    /** A copy of all elements; Python's {@code arr[:]}. */
    public int[] toArray() {
        int[] copy = new int[length()];
        copyTo(0, copy, 0, copy.length);
        return copy;
    }

    /** Elements {@code [from, to)} as a view sharing this array's memory and lock. */
    public IntArray slice(int from, int to) {
        return new IntArray(viewOf(from, to), lockOrNull(), true);
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
