package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Tells an idle pool worker to exit: its pool is shutting down, or it ran its share of tasks
 * ({@code maxTasksPerChild}). The worker says {@link Goodbye} and exits 0.
 */
public record Retire() implements Frame {

    static final byte TAG = 8;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        // no fields
    }

    static Retire readFrom(WireInput in) {
        return new Retire();
    }
}
