package dev.jmp.shm;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bytes of one shared object: a range of a segment, holding one claim on that segment until
 * it is closed. Its handle on the wire is the segment's file name, the offset and the length.
 */
final class SharedRegion implements AutoCloseable {

    final Segment segment;
    /** Offset of the first byte within {@link #buffer()}. */
    final int offset;
    final int bytes;
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

    static SharedRegion allocate(int bytes) {
        return SegmentTable.instance().allocate(bytes);
    }

    static SharedRegion read(WireInput in) {
        String name = in.readString();
        int offset = in.readInt();
        int bytes = in.readInt();
        return SegmentTable.instance().attach(name, offset, bytes);
    }

    void write(WireOutput out) {
        out.writeString(segment.name);
        out.writeInt(offset);
        out.writeInt(bytes);
    }

    /** The whole segment's mapping; index it at {@link #offset} and beyond. */
    ByteBuffer buffer() {
        return segment.buffer();
    }

    /** A range of this region without a claim of its own, for views such as array slices. */
    SharedRegion view(int from, int length) {
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
