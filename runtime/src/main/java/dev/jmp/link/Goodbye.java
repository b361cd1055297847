package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * The last frame of a child that finished its task: it is about to exit with {@code exitCode}
 * (0 after a normal return, 1 after an uncaught exception). A child that dies without saying
 * goodbye died of something else, and the parent reports it.
 */
public record Goodbye(int exitCode) implements Frame {

    static final byte TAG = 3;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeInt(exitCode);
    }

    static Goodbye readFrom(WireInput in) {
        return new Goodbye(in.readInt());
    }
}
