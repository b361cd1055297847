package dev.jmp.manager.wire;

/**
 * The type ids of the built-in objects, as handles and {@code CREATE} requests carry them. A
 * {@code @Shared} class's type id is its binary name; these have no dot, so they never clash.
 */
public final class TypeIds {

    public static final String DICT = "dict";
    public static final String LIST = "list";
    public static final String NAMESPACE = "namespace";
    public static final String VALUE = "value";
    public static final String ARRAY = "array";
    public static final String QUEUE = "queue";
    public static final String JOINABLE_QUEUE = "joinable_queue";
    public static final String LOCK = "lock";
    public static final String RLOCK = "rlock";
    public static final String SEMAPHORE = "semaphore";
    public static final String CONDITION = "condition";
    public static final String EVENT = "event";
    public static final String BARRIER = "barrier";

    private TypeIds() {}

    /** Whether {@code typeId} names a built-in kind rather than a {@code @Shared} class. */
    public static boolean isBuiltIn(String typeId) {
        return typeId.indexOf('.') < 0;
    }
}
