package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.TASK;
import static dev.jmp.manager.core.Shape.TASKS;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VALUES;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A process pool held where the manager's objects are: Python's {@code manager.Pool()}, whose
 * workers are children of the manager's server. Created with its number of processes (0 or less:
 * one per CPU), an initializer task (or null) and the tasks after which a worker is replaced (0:
 * never). A task's result comes back as a manager value; a failed task throws its own exception.
 */
public final class PoolMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "pool";

    /** Runs a task and waits for its result. */
    public static final Method<Object> APPLY = Method.of(0, "apply", VALUE, TASK);
    /** Runs tasks, that many per message to a worker, and waits for their results, in order. */
    public static final Method<List<Object>> MAP = Method.of(1, "map", VALUES, TASKS, INT);
    /** Runs a task without waiting: returns a proxy of its {@link AsyncResultMethods result}. */
    public static final Method<Object> APPLY_ASYNC = Method.of(2, "applyAsync", VALUE, TASK);
    /** Runs tasks without waiting: returns a proxy of the result, the list of theirs. */
    public static final Method<Object> MAP_ASYNC = Method.of(3, "mapAsync", VALUE, TASKS, INT);
    /** Stops the workers at once; tasks not finished fail. */
    public static final Method<Void> TERMINATE = Method.of(4, "terminate", VOID);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(INT, TASK, INT),
            List.of(APPLY, MAP, APPLY_ASYNC, MAP_ASYNC, TERMINATE));

    private PoolMethods() {}
}
