package dev.jmp.connection;

/**
 * A message did not fit the buffer given to {@link Connection#recvBytesInto}; Python's
 * {@code BufferTooShort}. Unlike Python's, which holds the message, it was refused from its
 * length before anything of it was read or allocated, and left unread: {@link #length()} says how
 * large a buffer it needs, and the next receive gets it.
 */
public class BufferTooShortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int length;

    public BufferTooShortException(String text, int length) {
        super(text);
        this.length = length;
    }

    /** The length of the message that did not fit, which is still to be received. */
    public int length() {
        return length;
    }
}
