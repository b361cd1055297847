package dev.jmp.link;

/**
 * The parent's side of one child's control channel, told what happens on it. Called on the
 * channel's reader thread.
 */
public interface LinkListener {

    /**
     * The child proved its token; returns the first frame to send it (its {@link Assign}), or
     * null to send it later on {@code channel} (a warm spare, answered when it is claimed).
     *
     * @param channel the channel, for later frames from the parent
     */
    Frame connected(Hello hello, FrameChannel channel);

    /** A frame from the child. */
    void received(Frame frame);

    /** The channel closed: the child exited, or the frames stopped making sense. */
    void closed();
}
