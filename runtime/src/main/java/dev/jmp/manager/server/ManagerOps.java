package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/** The methods of the manager itself, object 0: create, publish, look up, shut down. */
final class ManagerOps {

    private final ManagerServer server;
    private final Kinds kinds;

    ManagerOps(ManagerServer server, Kinds kinds) {
        this.server = server;
        this.kinds = kinds;
    }

    void call(int method, WireInput in, WireOutput out, CallContext context) throws Throwable {
        switch (Op.of(method)) {
            case CREATE -> {
                String typeId = in.readString();
                ServedObject object = kinds.create(typeId, in, context.codec());
                out.writeLong(server.objects().add(object, typeId));
            }
            case PUBLISH -> {
                String name = in.readString();
                long id = in.readLong();
                in.expectEnd();
                server.objects().publish(name, id);
            }
            case LOOKUP -> {
                String name = in.readString();
                in.expectEnd();
                ServedObject object = server.objects().lookup(name);
                if (out.writePresence(object)) {
                    out.writeLong(object.id());
                    out.writeString(object.typeId());
                }
            }
            case SHUTDOWN -> {
                in.expectEnd();
                context.requestShutdown();
            }
            default -> throw new UnsupportedOperationException(Op.of(method) + " is not a method of the manager");
        }
    }
}
