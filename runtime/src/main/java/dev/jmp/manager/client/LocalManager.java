package dev.jmp.manager.client;

import dev.jmp.wire.Handshake;
import dev.jmp.base.PrivateDirectory;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.parent.ChildProcess;
import dev.jmp.launch.parent.ChildSpec;
import dev.jmp.launch.spares.Spares;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.HandleReaders;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.manager.core.MethodTable;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.server.ServerConfig;
import dev.jmp.manager.server.ServerEntry;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.KeyRing;
import dev.jmp.manager.wire.ManagerCalls;
import dev.jmp.manager.wire.Shapes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local backend: a manager server JVM this process started, or one it connected to over TCP,
 * reached through a {@link ManagerLink}. Its cores are {@link LocalCore}s.
 */
public final class LocalManager implements ManagerBackend {

    private static final AtomicInteger SOCKETS = new AtomicInteger();
    private static volatile ApiTypes api;

    private final ManagerLink link;
    private final String name;
    /** The server JVM, when this process started it; null when it connected. */
    private final ChildProcess server;
    private volatile boolean closed;

    private LocalManager(ManagerLink link, String name, ChildProcess server) {
        this.link = link;
        this.name = name;
        this.server = server;
    }

    /**
     * Gives the local backend the API's proxy and exception types; the manager API does so before
     * it makes or reads any proxy.
     */
    public static void install(ApiTypes types) {
        api = types;
        HandleReaders.register(LocalCore.BACKEND, LocalCore::received);
    }

    static ApiTypes api() {
        ApiTypes types = api;
        if (types == null) {
            throw new IllegalStateException("the manager API did not install its types");
        }
        return types;
    }

    /** Starts the server JVM and returns once it accepts connections. */
    public static LocalManager start(ServerStart start) {
        CurrentProcess.checkMayStartChildren("the server of manager " + start.name());
        Path dir = PrivateDirectory.get();
        int n = SOCKETS.incrementAndGet();
        Endpoint listen = start.address() != null ? start.address() : Endpoint.unix(dir.resolve("mgr-" + n + ".sock"));
        byte[] key = start.authkey() != null ? start.authkey() : Handshake.newKey();
        String keyFile = KeyRing.fileFor(KeyRing.add(key, null));
        Path ready = dir.resolve("mgr-" + n + ".ready");
        ServerConfig config = new ServerConfig(start.name(), listen, ready.toString(), key, keyFile, start.registered(),
                start.exposed(), start.maxFrameBytes(), start.initializer());
        ChildProcess server = Spares.launch(new ChildSpec(start.name(), true, start.jvmOptions(),
                new TaskCall(ServerEntry.class.getName(), config.encode(), start.name() + " server")), start.spares());
        String[] announced = Lifetimes.awaitReady(ready, server, start.name());
        Endpoint endpoint = new Endpoint(announced[0]);
        ManagerLink link = ManagerLink.register(endpoint, Long.parseLong(announced[1]), key, start.name() + " at " + endpoint);
        LocalManager manager = new LocalManager(link, start.name(), server);
        Lifetimes.closeAtExit(manager);
        return manager;
    }

    /**
     * Connects to a manager another program started at {@code address} with {@code authkey}.
     *
     * @throws IOException when it cannot be reached or refuses the key
     */
    public static LocalManager connect(Endpoint address, byte[] authkey, String name) throws IOException {
        long[] seen = new long[1];
        try (Connection probe = Connection.open(address, authkey, 0, name + " at " + address, seen, false)) {
            KeyRing.add(authkey, null);
            ManagerLink link = ManagerLink.register(address, seen[0], authkey, "the manager at " + address);
            return new LocalManager(link, name, null);
        }
    }

    /** The manager reached through {@code link}, as a proxy of one of its objects sees it: closing it only forgets it. */
    static LocalManager beside(ManagerLink link) {
        return new LocalManager(link, link.name(), null);
    }

    @Override
    public String name() {
        return link.name();
    }

    @Override
    public String address() {
        return link.endpoint().address();
    }

    @Override
    public ProxyCore create(MethodTable kind, Object... arguments) {
        WireOutput out = creation(kind.typeId());
        if (arguments.length != kind.creation().size()) {
            throw new IllegalArgumentException(kind.typeId() + " is created with " + kind.creation().size()
                    + " arguments, not " + arguments.length);
        }
        for (int i = 0; i < arguments.length; i++) {
            Shapes.write(kind.creation().get(i), out, arguments[i], LocalCore.CODEC);
        }
        return created(kind.typeId(), out);
    }

    @Override
    public ProxyCore createShared(String typeId, long signature, int constructor, byte[] arguments) {
        WireOutput out = creation(typeId);
        out.writeLong(signature);
        out.writeInt(constructor);
        out.writeRaw(arguments, 0, arguments.length);
        return created(typeId, out);
    }

    private WireOutput creation(String typeId) {
        WireOutput out = LocalCore.manager(link).newCall(ManagerCalls.CREATE);
        out.writeString(typeId);
        return out;
    }

    private ProxyCore created(String typeId, WireOutput request) {
        long id = LocalCore.manager(link).invoke(request).readLong();
        return LocalCore.owning(link.handle(id, typeId), link); // the server counted it for this process
    }

    @Override
    public void publish(String name, ProxyCore core) {
        if (!(core instanceof LocalCore local) || !local.handle().address().equals(address())) {
            throw new IllegalArgumentException("only an object of this manager can be published on it");
        }
        WireOutput out = LocalCore.manager(link).newCall(ManagerCalls.PUBLISH);
        out.writeString(name);
        out.writeLong(local.handle().objectId());
        LocalCore.manager(link).invoke(out);
    }

    @Override
    public ProxyCore lookup(String name) {
        WireOutput out = LocalCore.manager(link).newCall(ManagerCalls.LOOKUP);
        out.writeString(name);
        WireInput in = LocalCore.manager(link).invoke(out);
        if (!in.readPresence()) {
            return null;
        }
        long id = in.readLong();
        return LocalCore.owning(link.handle(id, in.readString()), link); // the server counted it
    }

    @Override
    public boolean isClosed() {
        return closed || link.isClosed();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            Lifetimes.stop(link, server, name);
            Lifetimes.forget(this);
        }
    }

    /** How many objects the server holds for proxies now; for tests. */
    public int objectCount() {
        return link.objectCount(0);
    }

    /** How many references the server counts to object {@code objectId}; 0 once it is freed. For tests. */
    public int referenceCount(long objectId) {
        return link.objectCount(objectId);
    }

    /** How many calls on object {@code objectId} the server is running now; for tests. */
    public int callsInProgress(long objectId) {
        return link.callsInProgress(objectId);
    }

    @Override
    public int callsInProgress(ProxyCore core) {
        return callsInProgress(objectId(core));
    }

    /** The id of the object of {@code core} on its server; for tests. */
    public static long objectId(ProxyCore core) {
        return ((LocalCore) core).handle().objectId();
    }
}
