package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.ACQUISITION;
import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A reentrant lock: Python's {@code RLock}, owned by the thread that acquired it, of whichever
 * process; only that thread may release it ({@code IllegalMonitorStateException} otherwise).
 */
public final class RLockMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "rlock";

    public static final Method<Acquisition> ACQUIRE = Method.of(0, "acquire", ACQUISITION, TIMEOUT).owned();
    public static final Method<Void> RELEASE = Method.of(1, "release", VOID).owned();
    public static final Method<Boolean> IS_LOCKED = Method.of(2, "isLocked", BOOLEAN);
    public static final Method<Boolean> IS_HELD_BY_CALLER = Method.of(3, "isHeldByCurrentThread", BOOLEAN).owned();
    /** How many times the calling thread holds it; 0 when it does not. */
    public static final Method<Integer> HOLD_COUNT = Method.of(4, "holdCount", INT).owned();

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(),
            List.of(ACQUIRE, RELEASE, IS_LOCKED, IS_HELD_BY_CALLER, HOLD_COUNT));

    private RLockMethods() {}
}
