package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VALUES;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A list: Python's {@code list}; an index out of range fails as {@code ArrayList}'s does.
 * Created with its initial elements (a list, or null for none).
 */
public final class ListMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "list";

    public static final Method<Integer> SIZE = Method.of(0, "size", INT);
    public static final Method<Void> CLEAR = Method.of(1, "clear", VOID);
    /** The elements, as a list. */
    public static final Method<Object> COPY = Method.of(2, "copy", VALUE);
    public static final Method<Boolean> CONTAINS = Method.of(3, "contains", BOOLEAN, VALUE);
    public static final Method<Object> GET = Method.of(4, "get", VALUE, INT);
    /** Returns the previous element. */
    public static final Method<Object> SET = Method.of(5, "set", VALUE, INT, VALUE);
    public static final Method<Void> ADD = Method.of(6, "add", VOID, VALUE);
    public static final Method<Void> ADD_AT = Method.of(7, "addAt", VOID, INT, VALUE);
    public static final Method<Boolean> ADD_ALL = Method.of(8, "addAll", BOOLEAN, VALUES);
    public static final Method<Boolean> ADD_ALL_AT = Method.of(9, "addAllAt", BOOLEAN, INT, VALUES);
    public static final Method<Object> REMOVE_AT = Method.of(10, "removeAt", VALUE, INT);
    public static final Method<Boolean> REMOVE = Method.of(11, "remove", BOOLEAN, VALUE);
    public static final Method<Integer> INDEX_OF = Method.of(12, "indexOf", INT, VALUE);
    public static final Method<Integer> LAST_INDEX_OF = Method.of(13, "lastIndexOf", INT, VALUE);
    /** Replaces every element. */
    public static final Method<Void> SET_ALL = Method.of(14, "setAll", VOID, VALUES);
    /** Removes the elements from the first index, inclusive, to the second, exclusive. */
    public static final Method<Void> REMOVE_RANGE = Method.of(15, "removeRange", VOID, INT, INT);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE), List.of(SIZE, CLEAR, COPY,
            CONTAINS, GET, SET, ADD, ADD_AT, ADD_ALL, ADD_ALL_AT, REMOVE_AT, REMOVE, INDEX_OF, LAST_INDEX_OF, SET_ALL,
            REMOVE_RANGE));

    private ListMethods() {}
}
