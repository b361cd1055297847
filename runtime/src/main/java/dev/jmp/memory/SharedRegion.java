package dev.jmp.memory;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bytes of one shared object: a range of a segment, holding one claim on that segment until
 * it is closed. Its handle on the wire is the segment's file name, the offset and the length;
 * reading a handle in another process maps the same memory there.
 */
public final class SharedRegion implements AutoCloseable {

    final Segment segment;
    private final int offset;
    private final int bytes;
    /** Set once the claim is released; views start out released as they never hold one. */
    private final AtomicBoolean released;

    SharedRegion(Segment segment, int offset, int bytes) {
        this(segment, offset, bytes, false);
    }

    private SharedRegion(Segment segment, int offset, int bytes, boolean view) {
        this.segment = segment;
        this.offset = offset;
        this.bytes = bytes;
        this.released = new AtomicBoolean(view);
    }

    /** {@code bytes} of new, zeroed shared memory, at a 64-byte aligned offset of a segment this runtime created. */
    public static SharedRegion allocate(int bytes) {
        return SegmentTable.instance().allocate(bytes);
    }

    /** Attaches to the region a handle names. */
    public static SharedRegion read(WireInput in) {
        String name = in.readString();
        int offset = in.readInt();
        int bytes = in.readInt();
        return SegmentTable.instance().attach(name, offset, bytes);
    }

    /** Writes this region's handle. */
    public void write(WireOutput out) {
        out.writeString(segment.name);
        out.writeInt(offset);
        out.writeInt(bytes);
    }

    /** The whole segment's mapping, native byte order; index it at {@link #offset()} and beyond. */
    public ByteBuffer buffer() {
        return segment.buffer();
    }

    /** Offset of the first byte within {@link #buffer()}, and within the segment file. */
    public int offset() {
        return offset;
    }

    /** The region's length in bytes. */
    public int bytes() {
        return bytes;
    }

    /** The file name of the segment, which with {@link #offset()} names this memory in every process. */
    public String segmentName() {
        return segment.name;
    }

    /** A range of this region without a claim of its own, for views such as array slices. */
    public SharedRegion view(int from, int length) {
        return new SharedRegion(segment, offset + from, length, true);
    }

    /** Releases the claim once; later calls do nothing. The memory stays mapped while referenced. */
    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            SegmentTable.instance().release(segment);
        }
    }

    @Override
    public String toString() {
        return segment.name + "@" + offset + "+" + bytes;
    }
}
