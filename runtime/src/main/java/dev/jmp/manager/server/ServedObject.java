package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * An object a server holds: a built-in kind or a {@code @Shared} class's instance. It reads the
 * arguments of method number {@code method} from the request and writes the result to the reply.
 * Identity is the object's own: two served objects are never equal.
 */
abstract class ServedObject {

    private long id;
    private String typeId;

    final void identify(long id, String typeId) {
        this.id = id;
        this.typeId = typeId;
    }

    final long id() {
        return id;
    }

    final String typeId() {
        return typeId;
    }

    abstract void call(int method, WireInput in, WireOutput out, CallContext context) throws Throwable;
}
