package dev.jmp.manager.server;

/**
 * An object a server holds, a built-in kind's or a {@code @Shared} class's instance, with the
 * dispatcher of its kind: every call, of any kind, goes through its {@link #dispatcher()}. Identity is the
 * object's own: two served objects are never equal.
 */
final class ServedObject {

    private final Object target;
    private final ObjectDispatcher dispatcher;
    private long id;
    private String typeId;

    ServedObject(Object target, ObjectDispatcher dispatcher) {
        this.target = target;
        this.dispatcher = dispatcher;
    }

    /** What runs the calls on {@link #target()}; a connection calls it directly, one layer less on every call. */
    ObjectDispatcher dispatcher() {
        return dispatcher;
    }

    /** The object itself: a {@code ServedDict}, a {@code ServedLock}, an instance of a {@code @Shared} class. */
    Object target() {
        return target;
    }

    void identify(long id, String typeId) {
        this.id = id;
        this.typeId = typeId;
    }

    long id() {
        return id;
    }

    String typeId() {
        return typeId;
    }
}
