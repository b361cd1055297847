package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.VALUE;

import java.util.List;

/**
 * An array: Python's {@code Array}, of fixed length; an index out of range throws
 * {@code IndexOutOfBoundsException}. Created with its elements (a list).
 */
public final class ArrayMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "array";

    public static final Method<Integer> SIZE = Method.of(0, "size", INT);
    /** The elements, as a list. */
    public static final Method<Object> COPY = Method.of(1, "copy", VALUE);
    public static final Method<Object> GET = Method.of(2, "get", VALUE, INT);
    /** Returns the previous element. */
    public static final Method<Object> SET = Method.of(3, "set", VALUE, INT, VALUE);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE), List.of(SIZE, COPY, GET, SET));

    private ArrayMethods() {}
}
