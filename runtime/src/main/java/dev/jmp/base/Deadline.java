package dev.jmp.base;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.function.BooleanSupplier;

/**
 * When a wait must end: a {@link System#nanoTime()} instant, or {@link #NONE}, the one way the
 * runtime says "no deadline". Every timed wait of the runtime takes one, so a timeout is turned
 * into a deadline once, at the call, and each retry waits only for what is left.
 *
 * <p>A null {@link Duration} means no deadline; a negative one means now (the deadline has
 * passed, so a wait only checks once). Timeouts too long for {@code nanoTime} arithmetic (over
 * about 146 years) are cut to that, which no caller can tell from none.
 */
public final class Deadline {

    /** No deadline: waits until the condition holds. Compare by identity or with {@link #isNone()}. */
    public static final Deadline NONE = new Deadline(0);

    /** The longest wait measured exactly; twice it still fits a {@code nanoTime} difference. */
    private static final long MAX_NANOS = Long.MAX_VALUE / 2;
    /** How often {@link #await(Duration, BooleanSupplier)} looks again. */
    private static final long POLL_MILLIS = 10;

    private final long at;

    private Deadline(long at) {
        this.at = at;
    }

    /** The deadline {@code timeout} from now; {@link #NONE} for null. */
    public static Deadline after(Duration timeout) {
        if (timeout == null) {
            return NONE;
        }
        long nanos;
        try {
            nanos = timeout.isNegative() ? 0 : timeout.toNanos();
        } catch (ArithmeticException e) {
            nanos = MAX_NANOS;
        }
        return afterNanos(nanos);
    }

    /** The deadline {@code nanos} from now; negative means now. */
    public static Deadline afterNanos(long nanos) {
        return new Deadline(System.nanoTime() + Math.min(Math.max(nanos, 0), MAX_NANOS));
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return this == NONE;
    }

    /** Whether the deadline has come; never for {@link #NONE}. */
    public boolean hasPassed() {
        return this != NONE && System.nanoTime() - at >= 0;
    }

    /** Nanoseconds left, never negative; {@link Long#MAX_VALUE} for {@link #NONE}. */
    public long remainingNanos() {
        return this == NONE ? Long.MAX_VALUE : Math.max(0, at - System.nanoTime());
    }

    /** Milliseconds left, rounded up so that a wait never ends early; {@link Long#MAX_VALUE} for {@link #NONE}. */
    public long remainingMillis() {
        return this == NONE ? Long.MAX_VALUE : (remainingNanos() + 999_999) / 1_000_000;
    }

    /** What is left, never negative; null for {@link #NONE}, as the runtime's timeouts take it. */
    public Duration remaining() {
        return this == NONE ? null : Duration.ofNanos(remainingNanos());
    }

    /**
     * Waits on {@code monitor}, which the caller holds, until notified or the deadline; false,
     * without waiting, when the deadline had passed already. Callers loop on their condition.
     */
    public boolean waitOn(Object monitor) throws InterruptedException {
        if (this == NONE) {
            monitor.wait();
            return true;
        }
        long left = at - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        TimeUnit.NANOSECONDS.timedWait(monitor, left);
        return true;
    }

    /** {@link #waitOn} for a {@link Condition}, whose lock the caller holds. */
    public boolean awaitOn(Condition condition) throws InterruptedException {
        if (this == NONE) {
            condition.await();
            return true;
        }
        long left = at - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        condition.awaitNanos(left);
        return true;
    }

    /**
     * Looks at {@code condition} every few milliseconds until it holds; false if {@code limit}
     * passed first. For conditions nobody signals, such as another process's exit.
     */
    public static boolean await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Deadline end = after(limit);
        while (!condition.getAsBoolean()) {
            if (end.hasPassed()) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    @Override
    public String toString() {
        return this == NONE ? "Deadline(none)" : "Deadline(in " + remainingNanos() + " ns)";
    }
}
