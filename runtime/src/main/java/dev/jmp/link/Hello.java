package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * The first frame a child sends: the secret token it was given in its environment, which proves
 * it is the child the parent started, and its pid.
 */
public record Hello(String token, long pid) implements Frame {

    static final byte TAG = 1;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeString(token);
        out.writeLong(pid);
    }

    static Hello readFrom(WireInput in) {
        return new Hello(in.readString(), in.readLong());
    }
}
