package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * An object a server holds, a built-in kind's or a {@code @Shared} class's instance, with the
 * dispatcher of its kind: every call, of any kind, goes through {@link #call}. Identity is the
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

    void call(int method, WireInput in, WireOutput out, CallContext context) throws Throwable {
        dispatcher.call(target, method, in, out, context);
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
