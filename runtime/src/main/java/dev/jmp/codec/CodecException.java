package dev.jmp.codec;

/**
 * A value cannot be encoded with, or bytes cannot be decoded by, a queue's or connection's codec:
 * the type is not supported, a serialized class is refused by the input filter, or the bytes are
 * corrupt. The message starts with a {@code [jmp.codec.*]} code and says how to fix it.
 */
public class CodecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
