package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.TIMEOUT;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/** An event: Python's {@code Event}, a flag that callers wait for. */
public final class EventMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "event";

    public static final Method<Boolean> IS_SET = Method.of(0, "isSet", BOOLEAN);
    /** Sets the flag and wakes every waiter. */
    public static final Method<Void> SET = Method.of(1, "set", VOID);
    public static final Method<Void> CLEAR = Method.of(2, "clear", VOID);
    /** Waits at most the timeout for the flag; returns it. */
    public static final Method<Boolean> AWAIT = Method.of(3, "await", BOOLEAN, TIMEOUT);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(), List.of(IS_SET, SET, CLEAR, AWAIT));

    private EventMethods() {}
}
