package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A {@code byte[]} in shared memory: Python's {@code Array('b', n)} ({@link #create}) and
 * {@code RawArray('b', n)} ({@link #createRaw}), and also its byte buffer {@code Array('c', n)}:
 * {@link #value()} and {@link #setValue(byte[])} are Python's {@code arr.value}, the bytes before
 * the first zero byte, and {@link #toArray()} and {@link #copyFrom} its {@code arr.raw}. Element
 * operations are atomic with volatile semantics; bulk copies are plain and fast.
 *
 * <pre>{@code
 * try (ByteArray name = ByteArray.create(16)) {          // Python: Array('c', 16)
 *     name.setValue("worker-1".getBytes(US_ASCII));        // name.value = b'worker-1'
 *     String back = new String(name.value(), US_ASCII);    // name.value
 * }
 * }</pre>
 */
public final class ByteArray extends SharedArray<byte[], ByteArray> {

    private static final ArrayKind<byte[], ByteArray> KIND = new Kind().registered();

    /** The {@code byte} element type. */
    private static final class Kind extends ArrayKind<byte[], ByteArray> {

        Kind() {
            super(ByteArray.class, Byte.BYTES);
        }

        @Override
        byte[] newArray(int length) {
            return new byte[length];
        }

        @Override
        void read(ByteBuffer bytes, byte[] array, int offset, int count) {
            bytes.get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, byte[] array, int offset, int count) {
            bytes.put(array, offset, count);
        }

        @Override
        public ByteArray apply(SharedRegion region, Guard guard) {
            return new ByteArray(region, guard);
        }
    }

    private ByteArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('b', length)}. */
    public static ByteArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('b', [1, 2, 3])}. */
    public static ByteArray create(byte[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('b', length, lock=lock)}. */
    public static ByteArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('b', [1, 2, 3], lock=lock)}. */
    public static ByteArray create(byte[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('b', length)}. */
    public static ByteArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock; Python's {@code RawArray('b', [1, 2, 3])}. */
    public static ByteArray createRaw(byte[] contents) {
        return KIND.create(contents, Guard.NONE);
    }

    public byte get(int index) {
        return (byte) PackedCells.get(buffer, at(index), Byte.BYTES);
    }

    public void set(int index, byte value) {
        PackedCells.getAndSet(buffer, at(index), Byte.BYTES, value);
    }

    public byte getAndSet(int index, byte value) {
        return (byte) PackedCells.getAndSet(buffer, at(index), Byte.BYTES, value);
    }

    public boolean compareAndSet(int index, byte expected, byte value) {
        return PackedCells.compareAndSet(buffer, at(index), Byte.BYTES, expected, value);
    }

    /** Adds {@code delta}, wrapping around as {@code byte} arithmetic does, and returns the previous value. */
    public byte getAndAdd(int index, int delta) {
        return (byte) PackedCells.getAndAdd(buffer, at(index), Byte.BYTES, delta);
    }

    public byte addAndGet(int index, int delta) {
        return (byte) (getAndAdd(index, delta) + delta);
    }

    public byte incrementAndGet(int index) {
        return addAndGet(index, 1);
    }

    /**
     * The bytes before the first zero byte, or all of them if there is none; Python's
     * {@code arr.value} of an {@code Array('c', ...)}. Not atomic as a whole: hold the lock while
     * other processes write.
     */
    public byte[] value() {
        byte[] all = toArray();
        int end = 0;
        while (end < all.length && all[end] != 0) {
            end++;
        }
        return Arrays.copyOf(all, end);
    }

    /**
     * Python's {@code arr.value = b'...'}: copies {@code bytes} to the front of the array and, if
     * they are shorter than it, a zero byte after them; the bytes after that are left as they were.
     *
     * @throws IllegalArgumentException if {@code bytes} is longer than the array
     */
    public void setValue(byte[] bytes) {
        checkFits(bytes.length, "bytes");
        byte[] terminated = Arrays.copyOf(bytes, Math.min(bytes.length + 1, length()));
        copyFrom(terminated, 0, 0, terminated.length);
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
