package dev.jmp.wire;

/** How frames are delimited on a stream: the two formats {@link FrameReader} and {@link FrameWriter} speak. */
public enum FrameFormat {

    /**
     * jmp's own: a {@link FrameHeader} (length, version, flags, type), then the body. Control
     * links and manager connections.
     */
    JMP(FrameHeader.LENGTH),

    /**
     * Python's {@code multiprocessing.connection}: a 4-byte big-endian length, then the bytes; the
     * length {@code -1} is the null message. {@code Listener} and {@code Client} connections, so
     * that a Python peer reads and writes their messages with {@code recv_bytes} and
     * {@code send_bytes}. It has no version field: the handshake carries the version instead.
     */
    LENGTH_PREFIXED(Integer.BYTES);

    /** The length of the null message, in {@link #LENGTH_PREFIXED}. */
    static final int NULL_LENGTH = -1;

    private final int headerLength;

    FrameFormat(int headerLength) {
        this.headerLength = headerLength;
    }

    /** A whole frame of {@code body}; {@code type} is its header's in {@link #JMP}, and left out otherwise. */
    public byte[] frame(int type, byte[] body) {
        return this == JMP ? FrameHeader.frame(type, body) : FrameWriter.lengthPrefixed(body);
    }

    /** How many bytes precede the body. */
    public int headerLength() {
        return headerLength;
    }
}
