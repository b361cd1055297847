package dev.jmp.manager.core;

import static dev.jmp.manager.core.Shape.BOOLEAN;
import static dev.jmp.manager.core.Shape.STRING;
import static dev.jmp.manager.core.Shape.VALUE;
import static dev.jmp.manager.core.Shape.VOID;

import java.util.List;

/**
 * A namespace: Python's {@code Namespace}, named attributes in the order they were first set.
 * Created with its initial attributes (a map of names, or null for none). Reading or deleting an
 * attribute that is not there throws {@code NoSuchElementException}.
 */
public final class NamespaceMethods {

    /** The kind's type id, as handles carry it. */
    public static final String TYPE_ID = "namespace";

    /** Every attribute, as a map of names in the order they were first set. */
    public static final Method<Object> COPY = Method.of(0, "copy", VALUE);
    public static final Method<Object> GET = Method.of(1, "get", VALUE, STRING);
    public static final Method<Void> SET = Method.of(2, "set", VOID, STRING, VALUE);
    public static final Method<Void> DELETE = Method.of(3, "delete", VOID, STRING);
    public static final Method<Boolean> HAS = Method.of(4, "has", BOOLEAN, STRING);

    public static final MethodTable TABLE = MethodTable.of(TYPE_ID, List.of(VALUE),
            List.of(COPY, GET, SET, DELETE, HAS));

    private NamespaceMethods() {}
}
