package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.RLock;
import java.util.function.LongUnaryOperator;

/**
 * A {@code long[]} in shared memory: Python's {@code Array('q', n)} ({@link #create}) and
 * {@code RawArray('q', n)} ({@link #createRaw}). Element operations are atomic with volatile
 * semantics, like {@link java.util.concurrent.atomic.AtomicLongArray}; bulk copies
 * ({@link #copyFrom}, {@link #copyTo}, {@link #toArray}) are plain and fast.
 *
 * <pre>{@code
 * try (LongArray hits = LongArray.create(16)) {
 *     hits.incrementAndGet(3);
 *     LongArray firstHalf = hits.slice(0, 8);   // Python: arr[0:8], but a view, not a copy
 *     long[] snapshot = hits.toArray();
 * }
 * }</pre>
 */
public final class LongArray extends SharedArray {

    static {
        SharedObjects.register(LongArray.class, LongArray::writeHandle,
                in -> new LongArray(SharedRegion.read(in), readLock(in), false));
    }

    private LongArray(SharedRegion region, RLock lock, boolean view) {
        super(region, lock, view, Long.BYTES);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('q', length)}. */
    public static LongArray create(int length) {
        return new LongArray(SharedRegion.allocate(bytesFor(length, Long.BYTES)), newLock(true), false);
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('q', [1, 2, 3])}. */
    public static LongArray create(long[] contents) {
        return filled(create(contents.length), contents);
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('q', length)}. */
    public static LongArray createRaw(int length) {
        return new LongArray(SharedRegion.allocate(bytesFor(length, Long.BYTES)), null, false);
    }

    /** A copy of {@code contents}, without a lock. */
    public static LongArray createRaw(long[] contents) {
        return filled(createRaw(contents.length), contents);
    }

    private static LongArray filled(LongArray array, long[] contents) {
        array.copyFrom(contents, 0, 0, contents.length);
        return array;
    }

    public long get(int index) {
        return (long) LONG.getVolatile(buffer, at(index));
    }

    public void set(int index, long value) {
        LONG.setVolatile(buffer, at(index), value);
    }

    public long getAndSet(int index, long value) {
        return (long) LONG.getAndSet(buffer, at(index), value);
    }

    public boolean compareAndSet(int index, long expected, long value) {
        return LONG.compareAndSet(buffer, at(index), expected, value);
    }

    public long getAndAdd(int index, long delta) {
        return (long) LONG.getAndAdd(buffer, at(index), delta);
    }

    public long addAndGet(int index, long delta) {
        return getAndAdd(index, delta) + delta;
    }

    public long incrementAndGet(int index) {
        return addAndGet(index, 1);
    }

    /** Applies {@code update} atomically (retrying on contention) and returns the previous value. */
    public long getAndUpdate(int index, LongUnaryOperator update) {
        int at = at(index);
        while (true) {
            long current = (long) LONG.getVolatile(buffer, at);
            if (LONG.compareAndSet(buffer, at, current, update.applyAsLong(current))) {
                return current;
            }
        }
    }

    /** Copies {@code count} elements from {@code from} into {@code target} at {@code targetFrom}. */
    public void copyTo(int from, long[] target, int targetFrom, int count) {
        beforeBulkRead();
        bytes(from, count).asLongBuffer().get(target, targetFrom, count);
    }

    /** Copies {@code count} elements of {@code source} from {@code sourceFrom} into this array at {@code to}. */
    public void copyFrom(long[] source, int sourceFrom, int to, int count) {
        bytes(to, count).asLongBuffer().put(source, sourceFrom, count);
        afterBulkWrite();
    }

    /** A copy of all elements; Python's {@code arr[:]}. */
    public long[] toArray() {
        long[] copy = new long[length()];
        copyTo(0, copy, 0, copy.length);
        return copy;
    }

    /** Elements {@code [from, to)} as a view sharing this array's memory and lock. */
    public LongArray slice(int from, int to) {
        return new LongArray(viewOf(from, to), lockOrNull(), true);
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
