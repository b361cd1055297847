package dev.jmp;

/**
 * A peer that does not know the shared authkey, or could not prove it; Python's
 * {@code multiprocessing.AuthenticationError}. Raised by a client whose key a manager refused,
 * and by a client when the server it reached could not prove it knows the key.
 */
public class AuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
