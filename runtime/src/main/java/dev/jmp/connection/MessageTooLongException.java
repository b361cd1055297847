package dev.jmp.connection;

import java.io.IOException;

/**
 * The next message is longer than the receiver allowed. It was refused from its length alone,
 * and is left unread: the next receive gets it.
 */
final class MessageTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int length;

    MessageTooLongException(int length, int maxLength) {
        super("a message of " + length + " bytes where at most " + maxLength + " are allowed");
        this.length = length;
    }

    /** The refused message's length. */
    int length() {
        return length;
    }
}
