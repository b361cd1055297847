package dev.jmp.memory;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A run of 64-bit words of shared memory: the one buffer every shared structure of the runtime
 * keeps its state in (locks, semaphores, events, barriers, conditions, queue and pipe control
 * words, and the user's {@code LongArray}). Words are addressed by index and accessed with the
 * memory semantics the caller names, through a {@link VarHandle} over the mapping: no
 * {@code Unsafe}, no {@code --add-opens}.
 *
 * <p>What each word means is not this class's business: every structure has a layout
 * descriptor, one class of index constants, read by every process and tool that reads the
 * structure (the deadlock detector included), never copied.
 *
 * <p>Over a {@link SharedRegion} (see {@link #allocate}, {@link #read}), the words cross to other
 * processes as that region's handle and {@link #close} releases its claim; over a mapped file
 * ({@link #over(ByteBuffer, int, int)}) they belong to the file.
 */
public final class SharedWords implements AutoCloseable {

    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final ByteBuffer buffer;
    private final int base;
    private final int length;
    /** Null over a mapped file. */
    private final SharedRegion region;

    private SharedWords(ByteBuffer buffer, int base, int length, SharedRegion region) {
        if ((base & (Long.BYTES - 1)) != 0) {
            throw new IllegalArgumentException("words must be 8-byte aligned, not at " + base);
        }
        this.buffer = buffer;
        this.base = base;
        this.length = length;
        this.region = region;
    }

    /** {@code count} new words of shared memory, all 0. */
    public static SharedWords allocate(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("cannot allocate " + count + " words");
        }
        return over(SharedRegion.allocate(Math.multiplyExact(count, Long.BYTES)));
    }

    /** The words of {@code region}; closing them closes the region. */
    public static SharedWords over(SharedRegion region) {
        return new SharedWords(region.buffer(), region.offset(), region.bytes() / Long.BYTES, region);
    }

    /** {@code count} words of {@code buffer} (native order) from byte {@code offset}, which must be 8-byte aligned. */
    public static SharedWords over(ByteBuffer buffer, int offset, int count) {
        Objects.checkFromIndexSize(offset, Math.multiplyExact(count, Long.BYTES), buffer.capacity());
        return new SharedWords(buffer, offset, count, null);
    }

    /** Attaches to the words a handle ({@link #write}) names. */
    public static SharedWords read(WireInput in) {
        return over(SharedRegion.read(in));
    }

    /** Writes the handle of words allocated in shared memory. */
    public void write(WireOutput out) {
        region().write(out);
    }

    /** The number of words. */
    public int length() {
        return length;
    }

    public long getVolatile(int index) {
        return (long) LONG.getVolatile(buffer, at(index));
    }

    public void setVolatile(int index, long value) {
        LONG.setVolatile(buffer, at(index), value);
    }

    public long getAcquire(int index) {
        return (long) LONG.getAcquire(buffer, at(index));
    }

    public void setRelease(int index, long value) {
        LONG.setRelease(buffer, at(index), value);
    }

    /** Sets {@code value} if the word holds {@code expected}; volatile semantics. Returns whether it did. */
    public boolean compareAndSet(int index, long expected, long value) {
        return LONG.compareAndSet(buffer, at(index), expected, value);
    }

    /** Adds {@code delta} atomically and returns the previous value. */
    public long getAndAdd(int index, long delta) {
        return (long) LONG.getAndAdd(buffer, at(index), delta);
    }

    /** Sets {@code value} atomically and returns the previous value. */
    public long getAndSet(int index, long value) {
        return (long) LONG.getAndSet(buffer, at(index), value);
    }

    /** The file name of the segment the words are in, which names them in every process with {@link #byteOffset}. */
    public String segmentName() {
        return region().segmentName();
    }

    /** Byte offset of word {@code index} in its segment file (or mapped buffer). */
    public int byteOffset(int index) {
        return at(index);
    }

    private int at(int index) {
        return base + Objects.checkIndex(index, length) * Long.BYTES;
    }

    private SharedRegion region() {
        if (region == null) {
            throw new IllegalStateException("words of a mapped file have no handle");
        }
        return region;
    }

    /** Releases this process's claim on the region; nothing for words of a mapped file. */
    @Override
    public void close() {
        if (region != null) {
            region.close();
        }
    }

    @Override
    public String toString() {
        return (region == null ? "mapped" : region.toString()) + "[" + length + " words]";
    }
}
