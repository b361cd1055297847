package dev.jmp.manager;

import dev.jmp.internal.ProxyHandle;
import dev.jmp.manager.wire.Sharing;

/** The client's side of handles: a proxy is written as its handle, a handle is read as a new proxy. */
final class ClientSharing implements Sharing {

    static final ClientSharing INSTANCE = new ClientSharing();

    private ClientSharing() {}

    @Override
    public ProxyHandle handleOf(Object value) {
        ProxyCore core = Proxies.coreOf(value);
        return core == null ? null : core.handle();
    }

    @Override
    public Object resolve(ProxyHandle handle) {
        return Proxies.attach(handle);
    }
}
