package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.Shape;

/** A timeout as the wire carries it, in nanoseconds or {@link Shape#FOREVER}, as a {@link Deadline}. */
final class Deadlines {

    private Deadlines() {}

    /** The deadline {@code timeoutNanos} from now; {@link Deadline#NONE} for {@link Shape#FOREVER}. */
    static Deadline of(long timeoutNanos) {
        return timeoutNanos == Shape.FOREVER ? Deadline.NONE : Deadline.afterNanos(timeoutNanos);
    }
}
