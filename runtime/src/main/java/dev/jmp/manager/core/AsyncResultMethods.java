package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VALUE;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The result of a {@link PoolMethods pool}'s task run without waiting: Python's
 * {@code AsyncResult} of a manager's pool. Made by the pool, never created by a client.
 */
public final class AsyncResultMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "async_result";

    /**
     * Waits at most the timeout for the result and returns it; throws
     * {@code ExecutionException} with the task's exception, or {@code TimeoutException}.
     */
    public static final Method<Object> GET = Method.of(0, "get", VALUE, TIMEOUT)
            .declaring(ExecutionException.class, TimeoutException.class);
    /** Waits at most the timeout; returns whether the result is ready. */
    public static final Method<Boolean> AWAIT = Method.of(1, "await", BOOLEAN, TIMEOUT);
    public static final Method<Boolean> IS_READY = Method.of(2, "isReady", BOOLEAN);
    /** Whether the task finished without an exception; throws {@code IllegalStateException} before it is ready. */
    public static final Method<Boolean> IS_SUCCESSFUL = Method.of(3, "isSuccessful", BOOLEAN);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(), List.of(GET, AWAIT, IS_READY,
            IS_SUCCESSFUL));

    private AsyncResultMethods() {}
}
