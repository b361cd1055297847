package dev.jmp.connection;

/**
 * The handshake of a {@link Listener} and a {@link Client} failed: the other side does not know
 * the authkey, or does not speak the protocol. Python's {@code AuthenticationError}. Nothing the
 * other side sent was decoded.
 */
public class AuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
