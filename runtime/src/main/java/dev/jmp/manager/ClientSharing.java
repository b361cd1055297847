package dev.jmp.manager;

import dev.jmp.internal.ProxyHandle;
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
        ProxyCore core = Proxies.coreOf(value);
        if (core == null) {
            return null;
        }
        core.pin();
        return core.handle();
    }

    @Override
    public Object resolve(ProxyHandle handle) {
        return resolve(handle, false);
    }

    @Override
    public Object resolve(ProxyHandle handle, boolean counted) {
        return Proxies.proxyOf(counted ? ProxyCore.owning(handle, ManagerLink.of(handle)) : ProxyCore.attach(handle));
    }
}
