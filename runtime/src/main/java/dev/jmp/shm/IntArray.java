package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;

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
public final class IntArray extends SharedArray<int[], IntArray> {

    private static final ArrayKind<int[], IntArray> KIND = new Kind().registered();

    /** The {@code int} element type. */
    private static final class Kind extends ArrayKind<int[], IntArray> {

        Kind() {
            super(IntArray.class, Integer.BYTES);
        }

        @Override
        int[] newArray(int length) {
            return new int[length];
        }

        @Override
        void read(ByteBuffer bytes, int[] array, int offset, int count) {
            bytes.asIntBuffer().get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, int[] array, int offset, int count) {
            bytes.asIntBuffer().put(array, offset, count);
        }

        @Override
        public IntArray apply(SharedRegion region, Guard guard) {
            return new IntArray(region, guard);
        }
    }

    private IntArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('i', length)}. */
    public static IntArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('i', [1, 2, 3])}. */
    public static IntArray create(int[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('i', length, lock=lock)}. */
    public static IntArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('i', [1, 2], lock=lock)}. */
    public static IntArray create(int[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('i', length)}. */
    public static IntArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock. */
    public static IntArray createRaw(int[] contents) {
        return KIND.create(contents, Guard.NONE);
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

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
