package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;
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
public final class LongArray extends SharedArray<long[], LongArray> {

    private static final ArrayKind<long[], LongArray> KIND = new Kind().registered();

    /** The {@code long} element type. */
    private static final class Kind extends ArrayKind<long[], LongArray> {

        Kind() {
            super(LongArray.class, Long.BYTES);
        }

        @Override
        long[] newArray(int length) {
            return new long[length];
        }

        @Override
        void read(ByteBuffer bytes, long[] array, int offset, int count) {
            bytes.asLongBuffer().get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, long[] array, int offset, int count) {
            bytes.asLongBuffer().put(array, offset, count);
        }

        @Override
        public LongArray apply(SharedRegion region, Guard guard) {
            return new LongArray(region, guard);
        }
    }

    /** The elements, element {@code i} being word {@code i}: this array is a typed view of them. */
    private final SharedWords words;

    private LongArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
        this.words = SharedWords.over(region);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('q', length)}. */
    public static LongArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('q', [1, 2, 3])}. */
    public static LongArray create(long[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('q', length, lock=lock)}. */
    public static LongArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('q', [1, 2, 3], lock=lock)}. */
    public static LongArray create(long[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('q', length)}. */
    public static LongArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock; Python's {@code RawArray('q', [1, 2, 3])}. */
    public static LongArray createRaw(long[] contents) {
        return KIND.create(contents, Guard.NONE);
    }

    public long get(int index) {
        return words.getVolatile(index);
    }

    public void set(int index, long value) {
        words.setVolatile(index, value);
    }

    public long getAndSet(int index, long value) {
        return words.getAndSet(index, value);
    }

    public boolean compareAndSet(int index, long expected, long value) {
        return words.compareAndSet(index, expected, value);
    }

    public long getAndAdd(int index, long delta) {
        return words.getAndAdd(index, delta);
    }

    public long addAndGet(int index, long delta) {
        return getAndAdd(index, delta) + delta;
    }

    public long incrementAndGet(int index) {
        return addAndGet(index, 1);
    }

    /** Applies {@code update} atomically (retrying on contention) and returns the previous value. */
    public long getAndUpdate(int index, LongUnaryOperator update) {
        while (true) {
            long current = words.getVolatile(index);
            if (words.compareAndSet(index, current, update.applyAsLong(current))) {
                return current;
            }
        }
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
