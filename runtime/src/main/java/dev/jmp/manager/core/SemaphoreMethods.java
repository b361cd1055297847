package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A semaphore: Python's {@code Semaphore(n)} and {@code BoundedSemaphore(n)}. Created with its
 * initial value and whether it is bounded (released above its initial value, it throws
 * {@code IllegalStateException}). A permit belongs to no one: any caller may release it.
 */
public final class SemaphoreMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "semaphore";

    public static final Method<Boolean> ACQUIRE = Method.of(0, "acquire", BOOLEAN, TIMEOUT);
    public static final Method<Void> RELEASE = Method.of(1, "release", VOID);
    public static final Method<Integer> AVAILABLE = Method.of(2, "availablePermits", INT);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(INT, BOOLEAN),
            List.of(ACQUIRE, RELEASE, AVAILABLE));

    private SemaphoreMethods() {}
}
