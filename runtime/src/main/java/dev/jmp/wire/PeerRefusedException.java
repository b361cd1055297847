package dev.jmp.wire;

/**
 * A peer that failed a handshake, as the side that refused it sees it where no user does: a
 * manager's server, which closes that peer and goes on serving the others. The user's side of a
 * refusal is the API's {@code dev.jmp.AuthenticationException}, which the API supplies to the
 * handshakes it runs ({@link Handshake.Wording}).
 */
public final class PeerRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refusal described by {@code message}, which starts with its code. */
    public PeerRefusedException(String message) {
        super(message);
    }
}
