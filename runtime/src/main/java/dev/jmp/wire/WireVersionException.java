package dev.jmp.wire;

import java.io.IOException;

/**
 * The other side speaks another version of the jmp wire protocol ({@link WireProtocol}): a frame
 * header or a handshake challenge said so. The conversation cannot go on.
 */
public final class WireVersionException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int theirs;

    /** {@code peer} names the other side in the message: {@code "the manager at localhost:5000"}. */
    public WireVersionException(String peer, int theirs) {
        super(WireProtocol.mismatch(peer, theirs));
        this.theirs = theirs;
    }

    /** The version the other side speaks. */
    public int theirs() {
        return theirs;
    }
}
