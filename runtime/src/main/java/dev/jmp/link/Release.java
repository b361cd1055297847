package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Tells an idle pool worker that its pool is done with it and that it may serve another: it
 * forgets the pool and answers {@link Parked}, then waits for the next pool's {@link Enlist} or a
 * {@link Retire}. A worker that cannot be handed on (its tasks left a child process or a
 * non-daemon thread running) says {@link Goodbye} and exits 0 instead, as on {@link Retire}.
 */
public record Release() implements Frame {

    static final byte TAG = 12;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        // no fields
    }

    static Release readFrom(WireInput in) {
        return new Release();
    }
}
