package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VALUES;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A set: Python's {@code set}, elements in insertion order, null allowed. Created with its
 * initial elements (a collection, or null for none).
 */
public final class SetMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "set";

    public static final Method<Integer> SIZE = Method.of(0, "size", INT);
    public static final Method<Void> CLEAR = Method.of(1, "clear", VOID);
    /** The elements, as a set in insertion order. */
    public static final Method<Object> COPY = Method.of(2, "copy", VALUE);
    public static final Method<Boolean> CONTAINS = Method.of(3, "contains", BOOLEAN, VALUE);
    public static final Method<Boolean> ADD = Method.of(4, "add", BOOLEAN, VALUE);
    public static final Method<Boolean> REMOVE = Method.of(5, "remove", BOOLEAN, VALUE);
    public static final Method<Boolean> ADD_ALL = Method.of(6, "addAll", BOOLEAN, VALUES);
    public static final Method<Boolean> REMOVE_ALL = Method.of(7, "removeAll", BOOLEAN, VALUES);
    public static final Method<Boolean> RETAIN_ALL = Method.of(8, "retainAll", BOOLEAN, VALUES);
    public static final Method<Boolean> CONTAINS_ALL = Method.of(9, "containsAll", BOOLEAN, VALUES);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE), List.of(SIZE, CLEAR, COPY, CONTAINS,
            ADD, REMOVE, ADD_ALL, REMOVE_ALL, RETAIN_ALL, CONTAINS_ALL));

    private SetMethods() {}
}
