package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.ACQUISITION;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A condition variable: Python's {@code Condition(lock)}. Created with its lock, a proxy of a
 * lock or reentrant lock of the same manager, or null for a new reentrant lock of its own.
 * Every method runs on behalf of the calling thread, which must hold the lock to wait or signal
 * ({@code IllegalMonitorStateException} otherwise).
 */
public final class ConditionMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "condition";

    public static final Method<Acquisition> ACQUIRE = Method.of(0, "acquire", ACQUISITION, TIMEOUT).owned();
    public static final Method<Void> RELEASE = Method.of(1, "release", VOID).owned();
    /**
     * Releases the lock, waits at most the timeout for a signal, and takes the lock back (however
     * long that takes); succeeds when it was signalled.
     */
    public static final Method<Acquisition> AWAIT = Method.of(2, "await", ACQUISITION, TIMEOUT).owned();
    /** Wakes at most that many waiters. */
    public static final Method<Void> SIGNAL = Method.of(3, "signal", VOID, INT).owned();
    public static final Method<Void> SIGNAL_ALL = Method.of(4, "signalAll", VOID).owned();

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE),
            List.of(ACQUIRE, RELEASE, AWAIT, SIGNAL, SIGNAL_ALL));

    private ConditionMethods() {}
}
