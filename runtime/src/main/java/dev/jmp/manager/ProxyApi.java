package dev.jmp.manager;

import dev.jmp.AuthenticationException;
import dev.jmp.backend.Backends;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.client.LocalManager;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.HandleReaders;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.wire.ProxyHandle;
import dev.jmp.manager.wire.Sharing;
import dev.jmp.manager.wire.ValueCodec;
import java.util.Base64;

/** What the manager API gives its backends: its proxy and exception types, and its value codec. */
final class ProxyApi implements ApiTypes {

    /** The address of a handle held inside a value: its backend's handle, in Base64. */
    private static final String EMBEDDED = "handle:";

    /**
     * A value held as bytes (by a cluster) keeps a proxy of such a backend as its handle, which
     * names the object alone and takes no reference, so a list stored in a dict stays that list.
     * A local manager's proxy is refused: its handle counts a reference no one would release.
     */
    private static final Sharing HANDLES_AS_BYTES = new Sharing() {
        @Override
        public ProxyHandle handleOf(Object value) {
            ProxyCore core = Proxies.coreOf(value);
            if (core == null) {
                return null;
            }
            if (core.manager() instanceof LocalManager) {
                throw new IllegalArgumentException("[jmp.manager.proxy-in-value] " + core.describe() + " belongs to a"
                        + " local manager and cannot be stored in an object of a cluster manager; store a copy");
            }
            WireOutput out = new WireOutput(64);
            core.writeHandle(out);
            return new ProxyHandle(EMBEDDED + Base64.getEncoder().encodeToString(out.toByteArray()), 0, 0,
                    core.typeId(), "-", "");
        }

        @Override
        public Object resolve(ProxyHandle handle) {
            if (!handle.address().startsWith(EMBEDDED)) {
                throw new IllegalStateException("[jmp.manager.proxy-in-value] a value held as bytes names "
                        + handle.address() + ", which is no handle a cluster wrote");
            }
            byte[] bytes = Base64.getDecoder().decode(handle.address().substring(EMBEDDED.length()));
            return Proxies.proxyOf(HandleReaders.read(new WireInput(bytes)));
        }
    };

    private final ValueCodec codec = new ValueCodec(HANDLES_AS_BYTES);

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
