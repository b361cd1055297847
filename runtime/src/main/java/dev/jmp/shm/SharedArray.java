package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * What the typed arrays have in common: a fixed length, bounds checks, slices, and bulk copies
 * to and from Java arrays of type {@code A}. Bulk copies are plain memory copies followed by a
 * fence; they are not atomic as a whole, so take the array's lock around them when other
 * processes write at the same time.
 *
 * @param <A> the Java array type, such as {@code int[]}
 * @param <S> the shared array type, such as {@code IntArray}
 */
abstract class SharedArray<A, S extends SharedArray<A, S>> extends SharedMemoryObject {

    private static final int SHOWN = 10;

    private final ArrayKind<A, S> kind;
    /** The kind's, kept here: {@link #at} is every element access, and an interpreted call there counts. */
    private final int elementBytes;
    private final int length;

    SharedArray(ArrayKind<A, S> kind, SharedRegion region, Guard guard) {
        super(region, guard);
        this.kind = kind;
        this.elementBytes = kind.elementBytes();
        this.length = region.bytes() / elementBytes;
    }

    /** Bytes to allocate for {@code length} elements; rejects negative lengths. */
    static int bytesFor(int length, int elementBytes) {
        if (length < 0) {
            throw new NegativeArraySizeException("length " + length);
        }
        long bytes = (long) length * elementBytes;
        if (bytes > Integer.MAX_VALUE - (1 << 16)) {
            throw new IllegalArgumentException("[jmp.shm.too-large] " + length + " elements of "
                    + elementBytes + " bytes exceed the 2 GiB limit of one shared array");
        }
        return (int) Math.max(bytes, 1);
    }

    /** The number of elements; Python's {@code len(arr)}. */
    public int length() {
        return length;
    }

    /** Copies {@code count} elements from {@code from} into {@code target} at {@code targetFrom}. */
    public void copyTo(int from, A target, int targetFrom, int count) {
        VarHandle.acquireFence(); // see writes other processes published
        kind.read(bytes(from, count), target, targetFrom, count);
    }

    /** Copies {@code count} elements of {@code source} from {@code sourceFrom} into this array at {@code to}. */
    public void copyFrom(A source, int sourceFrom, int to, int count) {
        kind.write(bytes(to, count), source, sourceFrom, count);
        VarHandle.fullFence(); // publish before anything this thread writes next
    }

    /** A copy of all elements; Python's {@code arr[:]}. */
    public A toArray() {
        A copy = kind.newArray(length);
        copyTo(0, copy, 0, length);
        return copy;
    }

    /** Elements {@code [from, to)} as a view sharing this array's memory and lock; Python's {@code arr[from:to]}, but not a copy. */
    public S slice(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        return kind.apply(region.view(from * elementBytes, (to - from) * elementBytes),
                guard.shared());
    }

    /** Byte offset of element {@code index} in {@link #buffer}, after a bounds check. */
    final int at(int index) {
        return base + Objects.checkIndex(index, length) * elementBytes;
    }

    /**
     * Checks that {@code count} elements, a string value being set, fit in the array; Python
     * raises {@code ValueError} there.
     */
    final void checkFits(int count, String what) {
        if (count > length) {
            throw new IllegalArgumentException("[jmp.shm.too-long] a value of " + count + " " + what
                    + " does not fit in " + getClass().getSimpleName() + " of length " + length
                    + "; create a longer array or set a shorter value");
        }
    }

    /** Native-order bytes of {@code count} elements from {@code from}, for bulk copies. */
    private ByteBuffer bytes(int from, int count) {
        Objects.checkFromIndexSize(from, count, length);
        return buffer.slice(base + from * elementBytes, count * elementBytes).order(ByteOrder.nativeOrder());
    }

    /** {@code IntArray[1, 2, 3]}, or the first elements and the length of a long array. */
    final String describe(IntFunction<String> element) {
        StringJoiner shown = new StringJoiner(", ", getClass().getSimpleName() + "[", "]");
        for (int i = 0; i < Math.min(length, SHOWN); i++) {
            shown.add(element.apply(i));
        }
        if (length > SHOWN) {
            shown.add("... (" + length + " elements)");
        }
        return shown.toString();
    }
}
