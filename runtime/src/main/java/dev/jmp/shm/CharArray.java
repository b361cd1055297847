package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A {@code char[]} in shared memory: Python's {@code Array('u', n)} ({@link #create}) and
 * {@code RawArray('u', n)} ({@link #createRaw}), with {@link #value()} and
 * {@link #setValue(String)} for Python's {@code arr.value}, the text before the first
 * {@code '\0'}. Element operations are atomic with volatile semantics; bulk copies are plain
 * and fast.
 *
 * <pre>{@code
 * try (CharArray status = CharArray.create(32)) {   // Python: Array('u', 32)
 *     status.setValue("loading");                     // status.value = 'loading'
 *     String now = status.value();                    // status.value
 * }
 * }</pre>
 */
public final class CharArray extends SharedArray<char[], CharArray> {

    private static final ArrayKind<char[], CharArray> KIND = new Kind().registered();

    /** The {@code char} element type. */
    private static final class Kind extends ArrayKind<char[], CharArray> {

        Kind() {
            super(CharArray.class, Character.BYTES);
        }

        @Override
        char[] newArray(int length) {
            return new char[length];
        }

        @Override
        void read(ByteBuffer bytes, char[] array, int offset, int count) {
            bytes.asCharBuffer().get(array, offset, count);
        }

        @Override
        void write(ByteBuffer bytes, char[] array, int offset, int count) {
            bytes.asCharBuffer().put(array, offset, count);
        }

        @Override
        public CharArray apply(SharedRegion region, Guard guard) {
            return new CharArray(region, guard);
        }
    }

    private CharArray(SharedRegion region, Guard guard) {
        super(KIND, region, guard);
    }

    /** {@code length} zeros, with a lock; Python's {@code Array('u', length)}. */
    public static CharArray create(int length) {
        return KIND.create(length, Guard.fresh());
    }

    /** A copy of {@code contents}, with a lock; Python's {@code Array('u', 'abc')}. */
    public static CharArray create(char[] contents) {
        return KIND.create(contents, Guard.fresh());
    }

    /** {@code length} zeros guarded by {@code lock}; Python's {@code Array('u', length, lock=lock)}. */
    public static CharArray create(int length, ProcessLock lock) {
        return KIND.create(length, Guard.given(lock));
    }

    /** A copy of {@code contents} guarded by {@code lock}; Python's {@code Array('u', 'abc', lock=lock)}. */
    public static CharArray create(char[] contents, ProcessLock lock) {
        return KIND.create(contents, Guard.given(lock));
    }

    /** {@code length} zeros, without a lock; Python's {@code RawArray('u', length)}. */
    public static CharArray createRaw(int length) {
        return KIND.create(length, Guard.NONE);
    }

    /** A copy of {@code contents}, without a lock; Python's {@code RawArray('u', 'abc')}. */
    public static CharArray createRaw(char[] contents) {
        return KIND.create(contents, Guard.NONE);
    }

    public char get(int index) {
        return (char) PackedCells.get(buffer, at(index), Character.BYTES);
    }

    public void set(int index, char value) {
        PackedCells.getAndSet(buffer, at(index), Character.BYTES, value);
    }

    public char getAndSet(int index, char value) {
        return (char) PackedCells.getAndSet(buffer, at(index), Character.BYTES, value);
    }

    public boolean compareAndSet(int index, char expected, char value) {
        return PackedCells.compareAndSet(buffer, at(index), Character.BYTES, expected, value);
    }

    /**
     * The characters before the first {@code '\0'}, or all of them if there is none; Python's
     * {@code arr.value} of an {@code Array('u', ...)}. Not atomic as a whole: hold the lock while
     * other processes write.
     */
    public String value() {
        char[] all = toArray();
        int end = 0;
        while (end < all.length && all[end] != 0) {
            end++;
        }
        return new String(all, 0, end);
    }

    /**
     * Python's {@code arr.value = '...'}: copies {@code text} to the front of the array and, if it
     * is shorter than the array, a {@code '\0'} after it; the characters after that are left as
     * they were.
     *
     * @throws IllegalArgumentException if {@code text} is longer than the array
     */
    public void setValue(String text) {
        checkFits(text.length(), "characters");
        char[] terminated = Arrays.copyOf(text.toCharArray(), Math.min(text.length() + 1, length()));
        copyFrom(terminated, 0, 0, terminated.length);
    }

    @Override
    public String toString() {
        return describe(i -> String.valueOf(get(i)));
    }
}
