package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A released pool worker's answer to {@link Release}: it has forgotten its pool, sent everything
 * it had to say, and waits for an {@link Enlist} from the next pool, or a {@link Retire}.
 */
public record Parked() implements Frame {

    static final byte TAG = 13;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        // no fields
    }

    static Parked readFrom(WireInput in) {
        return new Parked();
    }
}
