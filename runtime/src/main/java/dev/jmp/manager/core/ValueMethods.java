package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/** A value: Python's {@code Value}, one slot. Created with its initial value. */
public final class ValueMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "value";

    public static final Method<Object> GET = Method.of(0, "get", VALUE);
    public static final Method<Void> SET = Method.of(1, "set", VOID, VALUE);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE), List.of(GET, SET));

    private ValueMethods() {}
}
