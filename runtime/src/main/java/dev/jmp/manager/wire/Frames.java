package dev.jmp.manager.wire;

import dev.jmp.internal.WireOutput;

/**
 * The two frame shapes of a manager connection, after the handshake. A request is
 * {@code [int length][long objectId][int method][arguments]}; a reply is
 * {@code [int length][byte status][payload]}, the payload being the result for {@link #OK} and a
 * {@link RemoteFailure} for {@link #FAILED}. Object 0 is the manager itself.
 */
public final class Frames {

    public static final byte OK = 0;
    public static final byte FAILED = 1;

    /** Requests above this are garbage; the server closes the connection. */
    public static final int MAX_REQUEST = 256 << 20;
    /** Replies can carry whole snapshots of large objects. */
    public static final int MAX_REPLY = 1 << 30;

    private Frames() {}

    /** A request to {@code method} of object {@code objectId}; the caller appends the arguments. */
    public static WireOutput request(long objectId, int method) {
        WireOutput out = new WireOutput(64);
        out.writeInt(0);
        out.writeLong(objectId);
        out.writeInt(method);
        return out;
    }

    /** A reply with {@code status}; the caller appends the payload. */
    public static WireOutput reply(byte status) {
        WireOutput out = new WireOutput(32);
        out.writeInt(0);
        out.writeByte(status);
        return out;
    }

    /** The frame's bytes with its length filled in. */
    public static byte[] finish(WireOutput frame) {
        byte[] bytes = frame.toByteArray();
        int length = bytes.length - 4;
        bytes[0] = (byte) (length >>> 24);
        bytes[1] = (byte) (length >>> 16);
        bytes[2] = (byte) (length >>> 8);
        bytes[3] = (byte) length;
        return bytes;
    }
}
