package dev.jmp.cluster.objects;

import dev.jmp.internal.WireOutput;

/**
 * How a step of a state machine answers, as its first byte: done (the method's result follows,
 * written by the result's shape), blocked (a ticket follows, which the caller sends with its next
 * try), or failed (an exception's code and message follow).
 */
final class Replies {

    static final byte DONE = 0;
    static final byte BLOCKED = 1;
    static final byte FAILED = 2;

    static final int ILLEGAL_STATE = 1;
    static final int ILLEGAL_MONITOR = 2;
    static final int INDEX = 3;
    static final int BROKEN_BARRIER = 4;
    static final int TIMEOUT = 5;
    static final int GONE = 6;

    private Replies() {}

    static void failed(WireOutput reply, int code, String message) {
        reply.writeByte(FAILED);
        reply.writeInt(code);
        reply.writeString(message);
    }

    static void blocked(WireOutput reply, byte[] ticket) {
        reply.writeByte(BLOCKED);
        reply.writeBytes(ticket);
    }
}
