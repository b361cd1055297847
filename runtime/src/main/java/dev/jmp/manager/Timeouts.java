package dev.jmp.manager;

import dev.jmp.manager.wire.Op;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Timeouts as the wire carries them: nanoseconds, never negative, {@link Op#FOREVER} for none. */
final class Timeouts {

    private Timeouts() {}

    static long nanos(Duration timeout) {
        if (timeout == null) {
            return Op.FOREVER;
        }
        try {
            return Math.max(0, timeout.toNanos());
        } catch (ArithmeticException e) {
            return Op.FOREVER; // longer than 292 years
        }
    }

    static long nanos(long time, TimeUnit unit) {
        return Math.max(0, unit.toNanos(time));
    }
}
