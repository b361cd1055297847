package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VOID;

/**
 * A joinable queue: Python's {@code JoinableQueue}, a {@link QueueMethods queue} (with the same
 * method numbers) whose every item put counts as unfinished until a {@link #TASK_DONE}.
 */
public final class JoinableQueueMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "joinable_queue";

    /** Marks one item done; throws {@code IllegalStateException} when more were marked than put. */
    public static final Method<Void> TASK_DONE = Method.of(10, "taskDone", VOID);
    /** Waits at most the timeout until every item put is done; whether they are. */
    public static final Method<Boolean> JOIN = Method.of(11, "join", BOOLEAN, TIMEOUT);

    public static final MethodTable TABLE = QueueMethods.TABLE.extendedAs(TYPE_ID, TASK_DONE, JOIN);

    private JoinableQueueMethods() {}
}
