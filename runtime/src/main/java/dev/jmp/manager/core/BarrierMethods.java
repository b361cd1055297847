package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.TASK;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A barrier: Python's {@code Barrier(parties, action, timeout)}. Created with its number of
 * parties, its default timeout ({@link Shape#FOREVER}: none) and its action (a task, or null),
 * which the last party to arrive runs where the barrier is held before any party is released; an
 * action that fails breaks the barrier, and that party gets its exception.
 */
public final class BarrierMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "barrier";

    /**
     * Waits at most the timeout ({@link Shape#FOREVER}: the barrier's default) for every party;
     * returns the arrival index, 0 for the first.
     */
    public static final Method<Integer> AWAIT = Method.of(0, "await", INT, TIMEOUT)
            .declaring(BrokenBarrierException.class, TimeoutException.class);
    public static final Method<Void> ABORT = Method.of(1, "abort", VOID);
    public static final Method<Void> RESET = Method.of(2, "reset", VOID);
    public static final Method<Integer> PARTIES = Method.of(3, "parties", INT);
    public static final Method<Integer> WAITING = Method.of(4, "numberWaiting", INT);
    public static final Method<Boolean> BROKEN = Method.of(5, "isBroken", BOOLEAN);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(INT, TIMEOUT, TASK),
            List.of(AWAIT, ABORT, RESET, PARTIES, WAITING, BROKEN));

    private BarrierMethods() {}
}
