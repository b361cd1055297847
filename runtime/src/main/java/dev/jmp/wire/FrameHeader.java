package dev.jmp.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * The header of every jmp frame, on control links and manager connections alike, as Aeron's
 * {@code HeaderFlyweight} lays out its own: fixed offsets, big-endian, read in place.
 *
 * <pre>
 *  0          4         5       6      8
 *  | length   | version | flags | type | body (length bytes) ...
 * </pre>
 *
 * {@code length} counts the body only, so that a limit on it means the same as the limit on a
 * message framed as Python frames it ({@link FrameFormat#LENGTH_PREFIXED}), where the body follows
 * the length at once. {@code version} is {@link WireProtocol#VERSION}; length and version keep
 * these offsets in every version, so a reader refuses a frame of another version from its first
 * five bytes. {@code flags} are reserved and written as 0. {@code type} says what the body is,
 * in numbers each protocol keeps to itself: the control link's from 1, a manager's from 16.
 */
public final class FrameHeader {

    /** The header's size: a frame's body starts here. */
    public static final int LENGTH = 8;
    public static final int LENGTH_OFFSET = 0;
    public static final int VERSION_OFFSET = 4;
    public static final int FLAGS_OFFSET = 5;
    public static final int TYPE_OFFSET = 6;

    private FrameHeader() {}

    /**
     * A frame of {@code type} being written: its header, the length still to fill in by
     * {@link #finish}; the caller appends the body.
     */
    public static WireOutput begin(int type, int capacity) {
        WireOutput out = new WireOutput(LENGTH + capacity);
        // The whole header in one write (length 0, version, flags 0, type): it begins every frame.
        out.writeLong((long) (WireProtocol.VERSION & 0xff) << 24 | type & 0xffff);
        return out;
    }

    /** The frame's bytes, its length filled in. */
    public static byte[] finish(WireOutput frame) {
        seal(frame);
        return frame.toByteArray();
    }

    /**
     * Fills in the frame's length where it was written, without copying it: the frame is then the
     * first {@link WireOutput#size()} bytes of {@link WireOutput#array()}, for
     * {@link FrameWriter#writeFrame(byte[], int)}. A large frame is written once, not copied whole.
     */
    public static void seal(WireOutput frame) {
        frame.putInt(LENGTH_OFFSET, frame.size() - LENGTH);
    }

    /** A whole frame of {@code type} with {@code body}. */
    public static byte[] frame(int type, byte[] body) {
        WireOutput out = begin(type, body.length);
        out.writeRaw(body, 0, body.length);
        return finish(out);
    }

    /** The body's length, as a finished frame's header says. */
    public static int bodyLength(byte[] frame) {
        return WireInput.intAt(frame, 0);
    }
}
