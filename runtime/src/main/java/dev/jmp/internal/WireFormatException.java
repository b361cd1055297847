package dev.jmp.internal;

/** Bytes that do not decode: truncated, trailing, or of a shape the reader does not expect. */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
