package dev.jmp.manager.client;

import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.wire.ProxyHandle;
import dev.jmp.manager.wire.Sharing;

/**
 * The client's side of handles: a proxy is written as its handle (and kept reachable until the
 * request is sent), a handle is read as a new proxy, which owns the reference the server took
 * for it, or takes one when the handle names another manager's object.
 */
final class ClientSharing implements Sharing {

    static final ClientSharing INSTANCE = new ClientSharing();

    private ClientSharing() {}

    @Override
    public ProxyHandle handleOf(Object value) {
        ProxyCore core = LocalManager.api().coreOf(value);
        if (core == null) {
            return null;
        }
        if (!(core instanceof LocalCore local)) {
            throw new IllegalArgumentException("[jmp.manager.foreign-proxy] " + core.describe() + " belongs to"
                    + " another kind of manager and cannot be stored in a local manager's object; store a copy");
        }
        local.pin();
        return local.handle();
    }

    @Override
    public Object resolve(ProxyHandle handle) {
        return resolve(handle, false);
    }

    @Override
    public Object resolve(ProxyHandle handle, boolean counted) {
        return LocalManager.api().proxyOf(counted ? LocalCore.owning(handle, ManagerLink.of(handle))
                : LocalCore.attach(handle));
    }
}
