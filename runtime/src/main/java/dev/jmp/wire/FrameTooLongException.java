package dev.jmp.wire;

import java.io.IOException;

/**
 * The next frame is longer than the reader allowed. It was refused from its header alone,
 * nothing of its body read or allocated, and is left unread: the next read meets it again.
 */
public final class FrameTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int length;
    private final int limit;

    FrameTooLongException(int length, int limit) {
        super("a frame of " + length + " bytes where at most " + limit + " are allowed");
        this.length = length;
        this.limit = limit;
    }

    /** The refused frame's body length. */
    public int length() {
        return length;
    }

    /** The limit it is over. */
    public int limit() {
        return limit;
    }
}
