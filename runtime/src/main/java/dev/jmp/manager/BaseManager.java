package dev.jmp.manager;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.ProcessTask;
import dev.jmp.Task;
import dev.jmp.internal.TaskNames;
import dev.jmp.internal.task.Tasks;
import dev.jmp.launch.parent.ChildTuning;
import dev.jmp.launch.spares.SparePolicy;
import dev.jmp.manager.client.LocalManager;
import dev.jmp.manager.client.ServerStart;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.Frames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A manager: a server JVM that holds objects, and hands out proxies through which any process
 * uses them; Python's {@code multiprocessing.managers.BaseManager}. This class serves
 * {@link Shared} classes; {@link SyncManager} adds dicts, lists, queues, locks and the rest.
 *
 * <pre>{@code
 * try (BaseManager manager = new BaseManager().register(Counter.class).start()) {
 *     CounterProxy counter = manager.create(Counter.class, 0);
 *     counter.increment();
 * }
 * }</pre>
 *
 * <p>{@link #start()} starts the server as a child JVM of this one, with its class path and JVM
 * options; it dies with this JVM (even by SIGKILL) and is shut down by {@link #close()} or at
 * exit. Without an address the server listens on a Unix domain socket in this process's private
 * directory, with a random authkey; with one it listens on TCP, and other JVMs
 * {@link #connect()} with the same address and key. See the package documentation.
 */
public class BaseManager implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private enum State { NEW, STARTED, CONNECTED, CLOSED }

    private final Endpoint address;
    private final byte[] authkey;
    private final String name;
    private final List<String> registered = new ArrayList<>();
    private final Map<String, List<String>> exposed = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Context context;
    private int maxFrameBytes;
    private State state = State.NEW;
    private ManagerBackend backend;

    static {
        Proxies.installed();
    }

    /** A local manager: started with {@link #start()}, reachable by this program and its children. */
    public BaseManager() {
        this.address = null;
        this.authkey = null;
        this.name = getClass().getSimpleName() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * A manager at a TCP address, to {@link #start()} there (port 0 picks a free one) or to
     * {@link #connect()} to.
     *
     * @param authkey the key clients must prove they know; not empty
     */
    public BaseManager(InetSocketAddress address, byte[] authkey) {
        Objects.requireNonNull(address, "address");
        if (Objects.requireNonNull(authkey, "authkey").length == 0) {
            throw new IllegalArgumentException("an authkey must not be empty");
        }
        this.address = Endpoint.tcp(address);
        this.authkey = authkey.clone();
        this.name = getClass().getSimpleName() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * Lets clients create instances of {@code sharedClass}, a class with {@link Shared} methods,
     * and call them; Python's {@code register(typeid, callable)}. Only before {@link #start()}.
     */
    public synchronized BaseManager register(Class<?> sharedClass) {
        return register(sharedClass, new String[0]);
    }

    /**
     * Like {@link #register(Class)}, with only the {@link Shared} methods named in
     * {@code exposed} callable (every overload of each), Python's {@code exposed=} list: a call of
     * another fails on the server with {@code [jmp.manager.not-exposed]}. No names exposes every
     * shared method. Only before {@link #start()}.
     *
     * @throws IllegalArgumentException when a name is not a {@code @Shared} method's
     *     ({@code [jmp.manager.not-shared]})
     */
    public synchronized BaseManager register(Class<?> sharedClass, String... exposed) {
        requireState(State.NEW, "register a class with");
        Class<?> proxy = SharedProxy.load(TaskNames.proxyClass(sharedClass.getName()));
        if (exposed.length > 0) {
            this.exposed.put(sharedClass.getName(), SharedFactories.sharedMethods(sharedClass, proxy, exposed));
        }
        registered.add(sharedClass.getName());
        return this;
    }

    /**
     * Starts the server with {@code context} (its start method, JVM options and heap) instead of
     * the default context. Only before {@link #start()}.
     */
    public synchronized BaseManager context(Context context) {
        requireState(State.NEW, "set the context of");
        this.context = Objects.requireNonNull(context, "context");
        return this;
    }

    /** Adds options for the server's JVM, after the inherited and the default context's. */
    public synchronized BaseManager jvmOptions(String... options) {
        requireState(State.NEW, "add JVM options to");
        for (String option : options) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
        }
        return this;
    }

    /**
     * Sets the largest request or reply, in bytes, the server accepts (a value or batch of
     * values written in one call, a snapshot read in one); the default is the system property
     * {@code jmp.manager.maxFrameBytes} of this JVM, else 64 MiB. A request over it fails in the
     * caller with {@code [jmp.manager.frame-too-large]} before it is sent, a reply over it fails
     * the call the same way; a client that announces a larger frame anyway is disconnected
     * before anything of it is allocated. Only before {@link #start()}.
     */
    public synchronized BaseManager maxFrameBytes(int bytes) {
        requireState(State.NEW, "set the frame limit of");
        maxFrameBytes = Frames.checkMaxFrame(bytes, "maxFrameBytes");
        return this;
    }

    /** Starts the server JVM and returns once it accepts connections. */
    public BaseManager start() {
        return start(null);
    }

    /**
     * Starts the server JVM, which runs {@code initializer} (a {@link ProcessTask} task, or null)
     * before it accepts connections, and returns once it does; Python's
     * {@code start(initializer, initargs)}. An initializer that throws fails the start with
     * {@code [jmp.manager.start-failed]}, its stack trace on the server's stderr.
     */
    public synchronized BaseManager start(Task<?> initializer) {
        requireState(State.NEW, "start");
        Context context = this.context != null ? this.context : Multiprocessing.defaultContext();
        List<String> added = context.childJvmOptions();
        added.addAll(jvmOptions);
        backend = LocalManager.start(new ServerStart(name, address, authkey, registered, exposed,
                maxFrameBytes != 0 ? maxFrameBytes : Frames.maxFrameFromProperty(),
                new ChildTuning(context.maxHeap(), context.fixedArchiveAddress(), context.warmUp()).options(1, added),
                new SparePolicy(context.spares(), context.spareIdleTimeout()),
                initializer == null ? null : Tasks.call(initializer)));
        state = State.STARTED;
        return this;
    }

    /** Connects to a manager another program started at this object's address, with its key. */
    public synchronized BaseManager connect() {
        requireState(State.NEW, "connect");
        if (address == null) {
            throw new IllegalStateException("a manager made without an address can only be started;"
                    + " give connect() the address and authkey of a running manager");
        }
        try {
            backend = LocalManager.connect(address, authkey, name);
        } catch (IOException e) {
            throw new ManagerUnavailableException("[jmp.manager.unavailable] cannot connect to the manager at "
                    + address + ": " + e.getMessage(), e);
        }
        state = State.CONNECTED;
        return this;
    }

    /** Uses {@code objects}, which another engine holds, as a connected manager's; see {@link Manager#cluster}. */
    synchronized BaseManager attach(ManagerBackend objects) {
        requireState(State.NEW, "attach");
        backend = objects;
        state = State.CONNECTED;
        return this;
    }

    /** The address clients reach the server at: {@code unix:/...} or {@code tcp:host:port}. */
    public synchronized String address() {
        return backend().address();
    }

    /**
     * Creates an instance of a registered {@link Shared} class on the server and returns its
     * proxy, choosing the constructor by the arguments; {@code CounterProxy.create(manager, ...)}
     * does the same with the types checked at compile time.
     */
    public <P extends BaseProxy> P create(Class<?> sharedClass, Object... args) {
        backend();
        return SharedFactories.create(this, sharedClass, args);
    }

    /** Makes {@code proxy}'s object findable by {@code name}, for clients that {@link #lookup} it. */
    public void publish(String name, BaseProxy proxy) {
        ProxyCore core = Proxies.coreOf(proxy);
        if (core == null) {
            throw new IllegalArgumentException("only an object of this manager can be published on it");
        }
        backend().publish(name, core);
    }

    /**
     * The object published under {@code name}, as a proxy of its type; Python's
     * {@code manager.get_queue()} for a typeid registered with a callable.
     *
     * @throws NoSuchElementException when nothing was published under that name
     */
    @SuppressWarnings("unchecked")
    public <P extends BaseProxy> P lookup(String name) {
        ManagerBackend own = backend();
        ProxyCore core = own.lookup(name);
        if (core == null) {
            throw new NoSuchElementException("nothing is published as '" + name + "' on " + own.name());
        }
        return (P) Proxies.proxyOf(core);
    }

    /**
     * Shuts the server down, if this object started it: every proxy of it, in any process, fails
     * from then on with {@link ManagerUnavailableException}. For a connected manager, forgets the
     * connection. Idempotent.
     */
    public void shutdown() {
        ManagerBackend running;
        synchronized (this) {
            running = backend;
            state = State.CLOSED;
        }
        if (running != null) {
            running.close();
        }
    }

    /** {@link #shutdown()}, for try-with-resources; Python's {@code with Manager() as m:}. */
    @Override
    public void close() {
        shutdown();
    }

    /** How many objects the server holds for proxies now; for tests. */
    int objectCount() {
        return ((LocalManager) backend()).objectCount();
    }

    /** How many references the server counts to the object of {@code proxy}; 0 once it is freed. For tests. */
    int referenceCount(long objectId) {
        return ((LocalManager) backend()).referenceCount(objectId);
    }

    /**
     * How many calls on object {@code objectId} the server is running now (one blocked in an
     * acquire counts until it returns); for tests.
     */
    int callsInProgress(long objectId) {
        return ((LocalManager) backend()).callsInProgress(objectId);
    }

    /** How many calls on the object of {@code proxy} are waiting now, as its backend can tell; for tests. */
    int callsInProgress(BaseProxy proxy) {
        return backend().callsInProgress(Proxies.coreOf(proxy));
    }

    /** The id of the object of {@code proxy} on its server; for tests. */
    static long objectId(BaseProxy proxy) {
        return LocalManager.objectId(Proxies.coreOf(proxy));
    }

    /** {@code SyncManager-1}: the manager's name, also its server JVM's process name. */
    String name() {
        return name;
    }

    /** Where the objects live, once started or connected. */
    synchronized ManagerBackend backend() {
        if (state == State.NEW) {
            throw new IllegalStateException(name + " is not running; call start() or connect() first");
        }
        if (state == State.CLOSED || backend.isClosed()) {
            throw new IllegalStateException(name + " was shut down; start a new manager");
        }
        return backend;
    }

    private void requireState(State expected, String verb) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + verb + " " + name + " now: it is " + state.name().toLowerCase()
                    + (expected == State.NEW ? "; do it before start() or connect()" : ""));
        }
    }

    @Override
    public synchronized String toString() {
        return "<" + name + " " + state.name().toLowerCase() + (backend == null ? "" : " " + backend.address()) + ">";
    }
}
