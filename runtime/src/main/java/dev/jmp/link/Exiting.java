package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Sent from a child's shutdown hook: its JVM began an orderly exit (the task called
 * {@code System.exit}, or a signal that runs hooks arrived). It lets the parent tell
 * {@code System.exit(137)} apart from death by SIGKILL, which both report status 137.
 */
public record Exiting() implements Frame {

    static final byte TAG = 4;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        // no fields
    }

    static Exiting readFrom(WireInput in) {
        return new Exiting();
    }
}
