package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VALUES;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A queue: Python's {@code Queue(maxsize)}, FIFO, holding no null. Created with its bound (0 or
 * less: none). The calls that take items ({@link #POLL}, {@link #DRAIN}) hand them to the caller:
 * items its caller never got go back at the head.
 */
public final class QueueMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "queue";

    /** Appends an item once there is room, waiting at most the timeout; whether it did. */
    public static final Method<Boolean> OFFER = Method.of(0, "offer", BOOLEAN, VALUE, TIMEOUT);
    /** Takes the head once there is one, waiting at most the timeout; null if none came. */
    public static final Method<Object> POLL = Method.of(1, "poll", VALUE, TIMEOUT);
    public static final Method<Object> PEEK = Method.of(2, "peek", VALUE);
    public static final Method<Integer> SIZE = Method.of(3, "size", INT);
    public static final Method<Integer> REMAINING_CAPACITY = Method.of(4, "remainingCapacity", INT);
    /** The items, head first, as a list. */
    public static final Method<Object> COPY = Method.of(5, "copy", VALUE);
    public static final Method<Boolean> CONTAINS = Method.of(6, "contains", BOOLEAN, VALUE);
    /** Removes an item equal to the argument, which then counts as done. */
    public static final Method<Boolean> REMOVE = Method.of(7, "remove", BOOLEAN, VALUE);
    /** Removes every item; they count as done. */
    public static final Method<Void> CLEAR = Method.of(8, "clear", VOID);
    /** Takes at most that many items from the head, without waiting. */
    public static final Method<List<Object>> DRAIN = Method.of(9, "drain", VALUES, INT);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(INT), List.of(OFFER, POLL, PEEK, SIZE,
            REMAINING_CAPACITY, COPY, CONTAINS, REMOVE, CLEAR, DRAIN));

    private QueueMethods() {}
}
