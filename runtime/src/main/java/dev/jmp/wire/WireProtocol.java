package dev.jmp.wire;

/**
 * The version of everything jmp processes say to each other: frame headers, handshakes, the
 * frames of the control link and of managers, and the encodings of values. Two processes talk
 * only when they speak the same version; the first frame or handshake message that shows
 * otherwise ends the conversation with {@link #mismatch}, on both sides.
 *
 * <p>Raise {@link #VERSION} with any change to what crosses: a frame's fields, a frame type, a
 * value's encoding. What never changes is where a peer finds the version: at
 * {@link FrameHeader#VERSION_OFFSET} of every frame, and after {@link #MARKER} in a handshake
 * challenge.
 */
public final class WireProtocol {

    /** This runtime's protocol version, 1 to 255. */
    public static final int VERSION = 2;

    /**
     * What a jmp handshake challenge carries at the start of its random part, followed by the
     * version in decimal and a {@code ;}. Python's challenges carry random bytes there, which this
     * marker never matches by chance, so a Python peer is a peer of no version, not of a wrong one.
     */
    static final String MARKER = "jmp-wire/";

    private WireProtocol() {}

    /**
     * The message of a conversation refused for its version: {@code peer} ("the manager at
     * localhost:5000", "a client") speaks {@code theirs}.
     */
    public static String mismatch(String peer, int theirs) {
        return "[jmp.wire.version] " + peer + " speaks jmp wire protocol " + theirs + ", this process speaks "
                + VERSION + "; run both with the same jmp release";
    }
}
