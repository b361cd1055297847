package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.ACQUISITION;
import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A lock: Python's {@code Lock}, not reentrant, released by any caller. The process that holds it
 * is recorded, so that the lock is released if that process goes, and the next acquirer told.
 */
public final class LockMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "lock";

    public static final Method<Acquisition> ACQUIRE = Method.of(0, "acquire", ACQUISITION, TIMEOUT);
    /** Throws {@code IllegalStateException} when the lock is not held. */
    public static final Method<Void> RELEASE = Method.of(1, "release", VOID);
    public static final Method<Boolean> IS_LOCKED = Method.of(2, "isLocked", BOOLEAN);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(), List.of(ACQUIRE, RELEASE, IS_LOCKED));

    private LockMethods() {}
}
