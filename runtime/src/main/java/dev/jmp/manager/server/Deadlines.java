package dev.jmp.manager.server;

import dev.jmp.manager.core.Shape;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/** Timed waits on a monitor, for the blocking kinds. */
final class Deadlines {

    /** The deadline of a wait without limit. */
    static final long NONE = Long.MAX_VALUE;

    private Deadlines() {}

    /** The {@link System#nanoTime()} deadline of a timeout as it came on the wire. */
    static long of(long timeoutNanos) {
        if (timeoutNanos == Shape.FOREVER) {
            return NONE;
        }
        long now = System.nanoTime();
        long deadline = now + Math.max(0, timeoutNanos);
        return deadline < now ? NONE : deadline;
    }

    /**
     * Waits on {@code monitor}, which the caller holds, until notified or the deadline; returns
     * false only when the deadline had passed already. Callers loop on their condition.
     */
    static boolean await(Object monitor, long deadline) throws InterruptedException {
        if (deadline == NONE) {
            monitor.wait();
            return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        TimeUnit.NANOSECONDS.timedWait(monitor, left);
        return true;
    }

    /** {@link #await(Object, long)} for a {@link Condition}, whose lock the caller holds. */
    static boolean await(Condition condition, long deadline) throws InterruptedException {
        if (deadline == NONE) {
            condition.await();
            return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        condition.awaitNanos(left);
        return true;
    }
}
