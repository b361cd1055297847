package dev.jmp.launch.spares;

import java.time.Duration;
import java.util.Objects;

/**
 * How many warm spare JVMs to keep ready for one set of JVM options, and how long an unclaimed
 * spare may wait before it is killed. {@link #NONE} starts every child cold.
 *
 * @param count spares kept started and waiting; 0 for none
 * @param idleTimeout how long a spare nobody claims lives, counted from when the reservoir has
 *     finished filling (spares boot one at a time, and none is retired while the others boot);
 *     the reservoir is refilled by the next start, so a program that stopped starting processes
 *     stops paying for spares
 */
public record SparePolicy(int count, Duration idleTimeout) {

    /** Cold starts only. */
    public static final SparePolicy NONE = new SparePolicy(0, Duration.ZERO);

    public SparePolicy {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (count < 0) {
            throw new IllegalArgumentException("a reservoir of " + count + " spares; pass 0 or more");
        }
        if (count > 0 && (idleTimeout.isNegative() || idleTimeout.isZero())) {
            throw new IllegalArgumentException("spares with an idle timeout of " + idleTimeout
                    + " would be killed as soon as they start; pass a positive duration");
        }
    }
}
