package dev.jmp.manager;

import dev.jmp.AuthenticationException;
import dev.jmp.backend.Backends;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.wire.ProxyHandle;
import dev.jmp.manager.wire.Sharing;
import dev.jmp.manager.wire.ValueCodec;

/** What the manager API gives its backends: its proxy and exception types, and its value codec. */
final class ProxyApi implements ApiTypes {

    /** Values held as bytes hold no proxy: a handle read back would name no reference of the holder's. */
    private static final Sharing NO_PROXIES = new Sharing() {
        @Override
        public ProxyHandle handleOf(Object value) {
            ProxyCore core = Proxies.coreOf(value);
            if (core != null) {
                throw new IllegalArgumentException("[jmp.manager.proxy-in-value] " + core.describe() + " cannot be"
                        + " stored in an object of a cluster manager; store a copy of its contents, or publish it"
                        + " by name and store the name");
            }
            return null;
        }

        @Override
        public Object resolve(ProxyHandle handle) {
            throw new IllegalStateException("[jmp.manager.proxy-in-value] a value held as bytes holds no proxy");
        }
    };

    private final ValueCodec codec = new ValueCodec(NO_PROXIES);

    /** A handle names a backend not registered yet: the cluster's registers its reader when it is on the class path. */
    static void findBackend(String backendId) {
        try {
            Backends.cluster().readHandles(Proxies.api());
        } catch (IllegalStateException e) {
            // no cluster backend: the handle's reader says which backend it names
        }
    }

    @Override
    public Object proxyOf(ProxyCore core) {
        return Proxies.proxyOf(core);
    }

    @Override
    public ProxyCore coreOf(Object value) {
        return Proxies.coreOf(value);
    }

    @Override
    public RuntimeException unavailable(String message, Throwable cause) {
        return new ManagerUnavailableException(message, cause);
    }

    @Override
    public RuntimeException unauthenticated(String message) {
        return new AuthenticationException(message);
    }

    @Override
    public RuntimeException remote(String className, String message, String where, Throwable cause) {
        return new RemoteException(className, message, where, cause);
    }

    @Override
    public byte[] encode(Object value) {
        WireOutput out = new WireOutput(32);
        codec.write(out, value);
        return out.toByteArray();
    }

    @Override
    public Object decode(byte[] bytes) {
        WireInput in = new WireInput(bytes);
        Object value = codec.read(in);
        in.expectEnd();
        return value;
    }
}
