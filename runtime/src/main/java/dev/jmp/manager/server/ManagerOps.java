package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.ManagerCalls;

/**
 * The methods of the manager itself, object 0: create, publish, look up, shut down; a
 * connection's {@code HELLO}; counting references; the sizes tests look at.
 */
final class ManagerOps {

    private final ManagerServer server;
    private final Kinds kinds;

    ManagerOps(ManagerServer server, Kinds kinds) {
        this.server = server;
        this.kinds = kinds;
    }

    void call(int method, WireInput in, WireOutput out, CallContext context) throws Throwable {
        switch (method) {
            case ManagerCalls.CREATE -> {
                String typeId = in.readString();
                ServedObject object = kinds.create(typeId, in, context.codec());
                out.writeLong(server.objects().add(object, typeId, context.process()));
            }
            case ManagerCalls.PUBLISH -> {
                String name = in.readString();
                long id = in.readLong();
                in.expectEnd();
                server.objects().publish(name, id);
            }
            case ManagerCalls.LOOKUP -> {
                String name = in.readString();
                in.expectEnd();
                ServedObject object = server.objects().lookup(name);
                if (out.writePresence(object)) {
                    context.grant(object);
                    out.writeLong(object.id());
                    out.writeString(object.typeId());
                }
            }
            case ManagerCalls.SHUTDOWN -> {
                in.expectEnd();
                context.requestShutdown();
            }
            case ManagerCalls.HELLO -> {
                long process = in.readLong();
                boolean anchor = in.readBoolean();
                in.expectEnd();
                context.hello(process, anchor);
                if (anchor) {
                    server.processArrived(process);
                }
            }
            case ManagerCalls.INCREF -> {
                long id = in.readLong();
                in.expectEnd();
                server.objects().incref(context.process(), id);
            }
            case ManagerCalls.SEND -> {
                long id = in.readLong();
                in.expectEnd();
                server.objects().send(context.process(), id);
            }
            case ManagerCalls.ADOPT -> {
                long id = in.readLong();
                long sender = in.readLong();
                in.expectEnd();
                server.objects().adopt(context.process(), id, sender);
            }
            case ManagerCalls.DECREF -> {
                for (int n = in.readLength(); n > 0; n--) {
                    server.objects().decref(context.process(), in.readLong());
                }
                in.expectEnd();
            }
            case ManagerCalls.OBJECT_COUNT -> {
                in.expectEnd();
                out.writeInt(server.objects().size());
            }
            case ManagerCalls.REFERENCE_COUNT -> {
                long id = in.readLong();
                in.expectEnd();
                out.writeInt(server.objects().references(id));
            }
            case ManagerCalls.CALLS_IN_PROGRESS -> {
                long id = in.readLong();
                in.expectEnd();
                out.writeInt(server.callsInProgress(id));
            }
            default -> throw new IllegalArgumentException("[jmp.manager.protocol] unknown operation " + method + " of the manager");
        }
    }
}
