package dev.jmp.shm;

import dev.jmp.sync.RLock;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * What the typed arrays have in common: a fixed length, bounds checks, and byte views for bulk
 * copies. Bulk copies are plain memory copies followed by a fence; they are not atomic as a
 * whole, so take the array's lock around them when other processes write at the same time.
 */
abstract class SharedArray extends SharedMemoryObject {

    private static final int SHOWN = 10;

    private final int elementBytes;
    private final int length;

    SharedArray(SharedRegion region, RLock lock, boolean view, int elementBytes) {
        super(region, lock, view);
        this.elementBytes = elementBytes;
        this.length = region.bytes / elementBytes;
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

    /** Byte offset of element {@code index} in {@link #buffer}, after a bounds check. */
    final int at(int index) {
        return base + Objects.checkIndex(index, length) * elementBytes;
    }

    /** The region of elements {@code [from, to)} for a slice, after a bounds check. */
    final SharedRegion viewOf(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        return region.view(from * elementBytes, (to - from) * elementBytes);
    }

    /** Native-order bytes of {@code count} elements from {@code from}, for bulk copies. */
    final ByteBuffer bytes(int from, int count) {
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

    /** Before a bulk read: see writes other processes published. */
    static void beforeBulkRead() {
        VarHandle.acquireFence();
    }

    /** After a bulk write: publish it before anything this thread writes next. */
    static void afterBulkWrite() {
        VarHandle.fullFence();
    }
}
