package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Asks a process child to interrupt the thread running its task, as Ctrl-C interrupts Python's
 * main thread ({@code Process.interrupt()}): a blocking call in it throws
 * {@link InterruptedException}. Sent any time after the child's {@link Assign}.
 */
public record Interrupt() implements Frame {

    static final byte TAG = 9;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        // no fields
    }

    static Interrupt readFrom(WireInput in) {
        return new Interrupt();
    }
}
