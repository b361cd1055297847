package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.wire.Op;

/** The deadline of a timeout as the wire carries it: nanoseconds, {@link Op#FOREVER} for none. */
final class Deadlines {

    private Deadlines() {}

    /** The deadline {@code timeoutNanos} from now; {@link Deadline#NONE} for {@link Op#FOREVER}. */
    static Deadline of(long timeoutNanos) {
        return timeoutNanos == Op.FOREVER ? Deadline.NONE : Deadline.afterNanos(timeoutNanos);
    }
}
