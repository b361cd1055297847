package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;

/**
 * A {@code short[]} in shared memory: Python's {@code Array('h', n)} ({@link #create}) and
 * {@code RawArray('h', n)} ({@link #createRaw}). Element operations are atomic with volatile
 * semantics (arithmetic wraps around as {@code short} arithmetic does); bulk copies are plain
 * and fast.
 *
 * <pre>{@code
 * try (ShortArray samples = ShortArray.createRaw(44_100)) {
 *     samples.copyFrom(pcm, 0, 0, pcm.length);
 * }
 * }</pre>
 */
public final class ShortArray extends SharedArray<short[], ShortArray> {

    private static final ArrayKind<short[], ShortArray> KIND = new Kind().registered();

    /** The {@code short} element type. */
    private static final class Kind extends ArrayKind<short[], ShortArray> {

        Kind() {
            super(ShortArray.class, Short.BYTES);
        }

        @Override
        short[] newArray(int length) {
            return new short[length];
        }

        @Override
        void read(ByteBuffer bytes, short[] array, int offset, int count) {
            bytes.asShortBuffer().get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, short[] array, int offset, int count) {
            bytes.asShortBuffer().put(array, offset, count);
        }

        @Override
        public ShortArray apply(SharedRegion region, Guard guard) {
            return new ShortArray(region, guard);
        }
    }

    private ShortArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('h', length)}. */
    public static ShortArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('h', [1, 2, 3])}. */
    public static ShortArray create(short[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('h', length, lock=lock)}. */
    public static ShortArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('h', [1, 2, 3], lock=lock)}. */
    public static ShortArray create(short[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('h', length)}. */
    public static ShortArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock; Python's {@code RawArray('h', [1, 2, 3])}. */
    public static ShortArray createRaw(short[] contents) {
        return KIND.create(contents, Guard.NONE);
    }

    public short get(int index) {
        return (short) PackedCells.get(buffer, at(index), Short.BYTES);
    }

    public void set(int index, short value) {
        PackedCells.getAndSet(buffer, at(index), Short.BYTES, value);
    }

    public short getAndSet(int index, short value) {
        return (short) PackedCells.getAndSet(buffer, at(index), Short.BYTES, value);
    }

    public boolean compareAndSet(int index, short expected, short value) {
        return PackedCells.compareAndSet(buffer, at(index), Short.BYTES, expected, value);
    }

    /** Adds {@code delta}, wrapping around as {@code short} arithmetic does, and returns the previous value. */
    public short getAndAdd(int index, int delta) {
        return (short) PackedCells.getAndAdd(buffer, at(index), Short.BYTES, delta);
    }

    public short addAndGet(int index, int delta) {
        return (short) (getAndAdd(index, delta) + delta);
    }

    public short incrementAndGet(int index) {
        return addAndGet(index, 1);
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
