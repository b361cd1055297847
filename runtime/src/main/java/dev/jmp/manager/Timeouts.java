package dev.jmp.manager;

import dev.jmp.manager.core.Shape;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Timeouts as the backends take them: nanoseconds, never negative, {@link Shape#FOREVER} for none. */
final class Timeouts {

    private Timeouts() {}

    /** {@code timeout} in nanoseconds; null, or one too long to count, is no limit. */
    static long nanos(Duration timeout) {
        if (timeout == null) {
            return Shape.FOREVER;
        }
        try {
            return Math.max(0, timeout.toNanos());
        } catch (ArithmeticException e) {
            return Shape.FOREVER; // longer than 292 years
        }
    }

    static long nanos(long time, TimeUnit unit) {
        return Math.max(0, unit.toNanos(time));
    }
}
