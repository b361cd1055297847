package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireOutput;
import dev.jmp.wire.FrameHeader;

/**
 * The frame shapes of a manager connection, after the handshake, each after a {@link FrameHeader}
 * of its own type. A request ({@link #CALL}) is {@code [long objectId][int method][arguments]}; a
 * reply ({@link #REPLY}) is {@code [byte status][payload]}, the payload being the result for {@link #OK} and
 * {@link #GRANTED} and a {@link dev.jmp.wire.RemoteFailure} for {@link #FAILED}. Object 0 is the manager itself.
 *
 * <p>A {@link #GRANTED} reply hands the caller something (a lock, a permit, items) that the server
 * takes back unless the client answers with the acknowledgement frame {@code [1][ACKNOWLEDGED]}
 * before its next request: a reply the server wrote is not known to have arrived (over TCP,
 * writing into the socket of a process that died succeeds), an acknowledgement is.
 */
public final class Frames {

    /** The frame types of a manager connection; {@code Handshake.FRAME_TYPE} (16) comes first. */
    public static final int ANNOUNCEMENT = 17;
    public static final int CALL = 18;
    public static final int REPLY = 19;
    public static final int ACKNOWLEDGEMENT = 20;

    public static final byte OK = 0;
    public static final byte FAILED = 1;
    /** A successful reply the client must acknowledge with {@link #acknowledgement()}. */
    public static final byte GRANTED = 2;
    /** The body of the acknowledgement frame. */
    private static final byte ACKNOWLEDGED = 3;

    /** The system property that sets {@link #DEFAULT_MAX_FRAME} otherwise. */
    public static final String MAX_FRAME_PROPERTY = "jmp.manager.maxFrameBytes";
    /** The largest request or reply, in bytes, unless configured: 64 MiB. */
    public static final int DEFAULT_MAX_FRAME = 64 << 20;
    /** The smallest limit that can be configured: every built-in call fits. */
    public static final int MIN_MAX_FRAME = 4 << 10;
    /** The largest limit that can be configured: a Java array's. */
    public static final int MAX_MAX_FRAME = Integer.MAX_VALUE - 16;

    private Frames() {}

    /**
     * The frame limit of {@link #MAX_FRAME_PROPERTY}, or {@link #DEFAULT_MAX_FRAME} when it is
     * not set.
     *
     * @throws IllegalArgumentException when it is set to something else than a number of bytes
     *     from {@link #MIN_MAX_FRAME} to {@link #MAX_MAX_FRAME}
     */
    public static int maxFrameFromProperty() {
        String value = System.getProperty(MAX_FRAME_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_FRAME;
        }
        try {
            return checkMaxFrame(Long.parseLong(value.strip()), "-D" + MAX_FRAME_PROPERTY);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(badLimit("-D" + MAX_FRAME_PROPERTY, "'" + value + "'"), e);
        }
    }

    /** {@code bytes} if it is a frame limit that can be configured; {@code what} names where it came from. */
    public static int checkMaxFrame(long bytes, String what) {
        if (bytes < MIN_MAX_FRAME || bytes > MAX_MAX_FRAME) {
            throw new IllegalArgumentException(badLimit(what, Long.toString(bytes)));
        }
        return (int) bytes;
    }

    private static String badLimit(String what, String value) {
        return "[jmp.manager.bad-frame-limit] " + what + " is " + value + "; give a number of bytes from "
                + MIN_MAX_FRAME + " to " + MAX_MAX_FRAME + " (the default is " + DEFAULT_MAX_FRAME + ", 64 MiB)";
    }

    /** The message of a frame refused for its size, on the side that refused it. */
    public static String tooLarge(String frame, long bytes, int limit) {
        return "[jmp.manager.frame-too-large] " + frame + " of " + bytes + " bytes is over this manager's limit of "
                + limit + " bytes; raise it on the manager with maxFrameBytes(int) or -D" + MAX_FRAME_PROPERTY
                + ", or send less in one call";
    }

    /** A request to {@code method} of object {@code objectId}; the caller appends the arguments. */
    public static WireOutput request(long objectId, int method) {
        WireOutput out = FrameHeader.begin(CALL, 64);
        out.writeLong(objectId);
        out.writeInt(method);
        return out;
    }

    /** A reply with {@code status}; the caller appends the payload. */
    public static WireOutput reply(byte status) {
        WireOutput out = FrameHeader.begin(REPLY, 32);
        out.writeByte(status);
        return out;
    }

    /** The frame's bytes with its length filled in. */
    public static byte[] finish(WireOutput frame) {
        return FrameHeader.finish(frame);
    }

    /** The length of a finished frame's body, which the limit applies to. */
    public static int bodyLength(byte[] frame) {
        return FrameHeader.bodyLength(frame);
    }

    /** Turns a finished {@link #OK} reply into a {@link #GRANTED} one; a failure stays as it is. */
    public static void askAcknowledgement(byte[] reply) {
        if (reply[FrameHeader.LENGTH] == OK) {
            reply[FrameHeader.LENGTH] = GRANTED;
        }
    }

    /** The frame a client sends once it read a {@link #GRANTED} reply. */
    public static byte[] acknowledgement() {
        return FrameHeader.frame(ACKNOWLEDGEMENT, new byte[] {ACKNOWLEDGED});
    }

    /**
     * Checks that {@code body} is an acknowledgement.
     *
     * @throws WireFormatException when it is anything else: the client does not follow the protocol
     */
    public static void expectAcknowledgement(byte[] body) {
        if (body.length != 1 || body[0] != ACKNOWLEDGED) {
            throw new WireFormatException("an acknowledgement was expected after a granting reply, not a frame of "
                    + body.length + " bytes");
        }
    }
}
