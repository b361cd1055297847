package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.INT;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VALUES;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A dict: Python's {@code dict}, keys in insertion order, nulls allowed. Created with its
 * initial contents (a map, or null for none).
 */
public final class DictMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "dict";

    public static final Method<Integer> SIZE = Method.of(0, "size", INT);
    public static final Method<Void> CLEAR = Method.of(1, "clear", VOID);
    /** The contents, as a map in insertion order. */
    public static final Method<Object> COPY = Method.of(2, "copy", VALUE);
    public static final Method<List<Object>> KEYS = Method.of(3, "keys", VALUES);
    public static final Method<Object> GET = Method.of(4, "get", VALUE, VALUE);
    public static final Method<Object> GET_OR_DEFAULT = Method.of(5, "getOrDefault", VALUE, VALUE, VALUE);
    public static final Method<Boolean> CONTAINS_KEY = Method.of(6, "containsKey", BOOLEAN, VALUE);
    public static final Method<Boolean> CONTAINS_VALUE = Method.of(7, "containsValue", BOOLEAN, VALUE);
    /** Returns the previous value. */
    public static final Method<Object> PUT = Method.of(8, "put", VALUE, VALUE, VALUE);
    public static final Method<Object> PUT_IF_ABSENT = Method.of(9, "putIfAbsent", VALUE, VALUE, VALUE);
    public static final Method<Object> REPLACE = Method.of(10, "replace", VALUE, VALUE, VALUE);
    /** Puts every entry of a map. */
    public static final Method<Void> PUT_ALL = Method.of(11, "putAll", VOID, VALUE);
    /** Removes a key; returns its value. */
    public static final Method<Object> REMOVE = Method.of(12, "remove", VALUE, VALUE);
    /** Removes a key; returns whether it was there, even with a null value. */
    public static final Method<Boolean> REMOVE_KEY = Method.of(13, "removeKey", BOOLEAN, VALUE);
    public static final Method<Boolean> REMOVE_ENTRY = Method.of(14, "removeEntry", BOOLEAN, VALUE, VALUE);
    public static final Method<Boolean> REPLACE_ENTRY = Method.of(15, "replaceEntry", BOOLEAN, VALUE, VALUE, VALUE);
    /**
     * Removes the entry put last and returns its key and value; Python's {@code popitem()}.
     * Throws {@code NoSuchElementException} when the dict is empty.
     */
    public static final Method<List<Object>> POP_ITEM = Method.of(16, "popItem", VALUES);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE), List.of(SIZE, CLEAR, COPY, KEYS,
            GET, GET_OR_DEFAULT, CONTAINS_KEY, CONTAINS_VALUE, PUT, PUT_IF_ABSENT, REPLACE, PUT_ALL, REMOVE, REMOVE_KEY,
            REMOVE_ENTRY, REPLACE_ENTRY, POP_ITEM));

    private DictMethods() {}
}
