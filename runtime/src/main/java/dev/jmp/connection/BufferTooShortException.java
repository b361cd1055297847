package dev.jmp.connection;

/**
 * A message did not fit the buffer given to {@link Connection#recvBytesInto}; Python's
 * {@code BufferTooShort}. The message was received all the same: {@link #message()} has it.
 */
public class BufferTooShortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient byte[] message;

    public BufferTooShortException(String text, byte[] message) {
        super(text);
        this.message = message;
    }

    /** The whole message that did not fit. */
    public byte[] message() {
        return message.clone();
    }
}
