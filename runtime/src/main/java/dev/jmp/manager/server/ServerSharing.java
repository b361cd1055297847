package dev.jmp.manager.server;

import dev.jmp.manager.wire.ProxyHandle;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.Sharing;

/**
 * The server's side of handles: an object it holds is written as its handle, and a handle of one
 * of its own objects is read as the object itself, so it is shared, not copied. A handle of
 * another manager's object is kept as it came and handed back unchanged. Each connection writes
 * through {@link #forCaller}, which takes a reference for the caller to each own object it hands
 * out.
 */
final class ServerSharing implements Sharing {

    /** A handle of another manager's object, stored opaquely. */
    record ForeignHandle(ProxyHandle handle) {}

    private final Endpoint endpoint;
    private final long serverId;
    private final String keyId;
    private final String keyFile;
    private final ObjectTable objects;

    ServerSharing(Endpoint endpoint, long serverId, String keyId, String keyFile, ObjectTable objects) {
        this.endpoint = endpoint;
        this.serverId = serverId;
        this.keyId = keyId;
        this.keyFile = keyFile;
        this.objects = objects;
    }

    ProxyHandle handleOf(ServedObject object) {
        return new ProxyHandle(endpoint.address(), serverId, object.id(), object.typeId(), keyId, keyFile);
    }

    @Override
    public ProxyHandle handleOf(Object value) {
        if (value instanceof ServedObject served) {
            return handleOf(served);
        }
        return value instanceof ForeignHandle foreign ? foreign.handle() : null;
    }

    /**
     * The sharing of one call: each own object written takes a reference for the calling process
     * ({@code context}), which the proxy the client makes of it owns.
     */
    Sharing forCaller(CallContext context) {
        return new Sharing() {
            @Override
            public ProxyHandle handleOf(Object value) {
                if (value instanceof ServedObject served) {
                    context.grant(served);
                }
                return ServerSharing.this.handleOf(value);
            }

            @Override
            public boolean counted(ProxyHandle handle) {
                return handle.serverId() == serverId;
            }

            @Override
            public Object resolve(ProxyHandle handle) {
                return ServerSharing.this.resolve(handle);
            }
        };
    }

    @Override
    public Object resolve(ProxyHandle handle) {
        return handle.serverId() == serverId ? objects.get(handle.objectId()) : new ForeignHandle(handle);
    }
}
