package dev.jmp.manager.client;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.ChannelTimeouts;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.KeyRing;
import dev.jmp.manager.wire.ManagerCalls;
import dev.jmp.manager.wire.ProxyHandle;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This process's way to one manager server: its address, key and a pool of idle connections.
 * A call takes a connection for its round trip and gives it back, so concurrent threads never
 * share one and a blocking call ties up only its own. One link per server per process, found
 * from any handle of that server.
 *
 * <p>Before its first call the link opens the process's <i>anchor</i>: a connection kept open
 * for as long as the link is, which the server takes as the process's life. When it closes (the
 * process exited, was killed, or closed the link) the server drops the references the process
 * held and releases the locks it held. A call's own connection may close when its thread is
 * interrupted without the process losing anything. References released by collected proxies
 * are queued here and sent in batches on the anchor by one daemon thread of the process, so the
 * cleaner that queues them never waits for the network.
 */
final class ManagerLink {

    private static final Map<String, ManagerLink> LINKS = new ConcurrentHashMap<>();

    /**
     * Sends the queued releases of every link; one thread per process, made on the first release
     * (a holder of its own: a process that never releases a reference never loads its classes).
     */
    private static final class Releaser {
        static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jmp-manager-release");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How many releases one request carries at most, frame limit permitting. */
    private static final int RELEASE_BATCH = 4096;
    /** What a release request takes besides its ids: object id, method, count. */
    private static final int RELEASE_OVERHEAD = 64;

    private final Endpoint endpoint;
    private final long serverId;
    private final byte[] key;
    private final String name;
    private final String keyId;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final Queue<Long> released = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean releaseScheduled = new AtomicBoolean();
    private final Object anchorLock = new Object();
    private volatile Connection anchor;
    private volatile String closedBecause;

    private ManagerLink(Endpoint endpoint, long serverId, byte[] key, String name) {
        this.endpoint = endpoint;
        this.serverId = serverId;
        this.key = key;
        this.name = name;
        this.keyId = KeyRing.idOf(key);
    }

    /** The link of the server a handle names, made on first use. */
    static ManagerLink of(ProxyHandle handle) {
        String id = handle.address() + "#" + handle.serverId();
        ManagerLink link = LINKS.get(id);
        if (link != null) {
            return link;
        }
        // Not computeIfAbsent: no lambda to spin in a child whose first proxy this is. A link
        // holds nothing until its first call, so one made by a thread that lost a race is dropped.
        link = new ManagerLink(new Endpoint(handle.address()), handle.serverId(), KeyRing.keyOf(handle),
                "the manager at " + handle.address());
        ManagerLink raced = LINKS.putIfAbsent(id, link);
        return raced != null ? raced : link;
    }

    /** Registers the link of a manager this process started or connected to, under its own name. */
    static ManagerLink register(Endpoint endpoint, long serverId, byte[] key, String name) {
        ManagerLink link = new ManagerLink(endpoint, serverId, key, name);
        LINKS.put(endpoint.address() + "#" + serverId, link);
        return link;
    }

    /** Sends one request and returns the reply's body. */
    byte[] roundTrip(byte[] request) throws IOException {
        String closed = closedBecause;
        if (closed != null) {
            throw new IOException(closed);
        }
        int limit = anchor().maxFrame();
        int length = Frames.bodyLength(request);
        if (length > limit) {
            throw tooLarge(length, limit);
        }
        Connection connection = idle.pollFirst();
        if (connection == null) {
            connection = Connection.open(endpoint, key, serverId, name, new long[1], false);
        }
        boolean reusable = false;
        try {
            byte[] reply = connection.roundTrip(request);
            reusable = true;
            return reply;
        } finally {
            if (reusable && closedBecause == null) {
                idle.offerFirst(connection);
            } else {
                connection.close();
            }
        }
    }

    /** Out of line: the code compiled for every call stays small. */
    private IllegalArgumentException tooLarge(int length, int limit) {
        return new IllegalArgumentException(Frames.tooLarge("a request to " + name, length, limit));
    }

    /**
     * Asks the server to shut down, on a connection of its own that is closed after
     * {@code limit} should the server not answer.
     */
    void shutdownServer(Duration limit) throws IOException {
        long[] seen = new long[1];
        try (Connection connection = Connection.open(endpoint, key, serverId, name, seen, false)) {
            Future<?> timer = ChannelTimeouts.closeAfter(limit, connection);
            try {
                connection.roundTrip(Frames.finish(Frames.request(0, ManagerCalls.SHUTDOWN)));
            } finally {
                timer.cancel(false);
            }
        }
    }

    /** The anchor, opened on first use; it is never used by a call that could be interrupted. */
    private Connection anchor() throws IOException {
        Connection open = anchor;
        if (open != null) {
            return open;
        }
        synchronized (anchorLock) {
            if (anchor == null) {
                if (closedBecause != null) {
                    throw new IOException(closedBecause);
                }
                anchor = Connection.open(endpoint, key, serverId, name, new long[1], true);
            }
            return anchor;
        }
    }

    /**
     * A change of this process's references to object {@code objectId}:
     * {@link ManagerCalls#INCREF} takes one, {@link ManagerCalls#SEND} one for a process the
     * handle is sent to, {@link ManagerCalls#ADOPT} the one {@code sender} took for this process.
     */
    void counting(int method, long objectId, long sender) {
        WireOutput out = Frames.request(0, method);
        out.writeLong(objectId);
        if (method == ManagerCalls.ADOPT) {
            out.writeLong(sender);
        }
        LocalCore.manager(this).invoke(out);
    }

    /** Queues the release of a reference of a collected proxy; called by the cleaner, so never blocks. */
    void release(long objectId) {
        if (closedBecause != null) {
            return;
        }
        released.add(objectId);
        if (releaseScheduled.compareAndSet(false, true)) {
            Releaser.THREAD.execute(this::sendReleases);
        }
    }

    /** Sends the queued releases on the anchor, in batches; on the releaser thread. */
    private void sendReleases() {
        releaseScheduled.set(false);
        while (!released.isEmpty()) {
            WireOutput out = Frames.request(0, ManagerCalls.DECREF);
            List<Long> batch = new ArrayList<>();
            int most;
            try {
                most = Math.min(RELEASE_BATCH, (anchor().maxFrame() - RELEASE_OVERHEAD) / Long.BYTES);
            } catch (IOException e) {
                released.clear(); // the server is gone, and every reference with it
                return;
            }
            for (Long id; batch.size() < most && (id = released.poll()) != null; ) {
                batch.add(id);
            }
            out.writeInt(batch.size());
            batch.forEach(out::writeLong);
            try {
                synchronized (anchorLock) {
                    if (closedBecause != null) {
                        released.clear();
                        return;
                    }
                    anchor().roundTrip(Frames.finish(out));
                }
            } catch (IOException e) {
                // the server is gone, or the anchor broke and the server dropped every reference anyway
                released.clear();
                return;
            }
        }
    }

    /**
     * How many objects the server's table holds, and with {@code objectId} other than 0, how many
     * references there are to that object; for tests.
     */
    int objectCount(long objectId) {
        WireOutput out = Frames.request(0, objectId == 0 ? ManagerCalls.OBJECT_COUNT : ManagerCalls.REFERENCE_COUNT);
        if (objectId != 0) {
            out.writeLong(objectId);
        }
        return LocalCore.manager(this).invoke(out).readInt();
    }

    /** How many calls on object {@code objectId} the server is running now; for tests. */
    int callsInProgress(long objectId) {
        WireOutput out = Frames.request(0, ManagerCalls.CALLS_IN_PROGRESS);
        out.writeLong(objectId);
        return LocalCore.manager(this).invoke(out).readInt();
    }

    /**
     * Refuses every later call with {@code reason} and closes the idle connections and the
     * anchor, which tells the server this process is done with it.
     */
    void close(String reason) {
        closedBecause = reason;
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            c.close();
        }
        released.clear();
        synchronized (anchorLock) {
            if (anchor != null) {
                anchor.close();
            }
        }
    }

    /** Whether the owner closed it; any later call fails at once. */
    boolean isClosed() {
        return closedBecause != null;
    }

    /** A handle of object {@code objectId} of this server. */
    ProxyHandle handle(long objectId, String typeId) {
        return new ProxyHandle(endpoint.address(), serverId, objectId, typeId, keyId, "");
    }

    String name() {
        return name;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** The unavailable-manager exception for a call {@code what} that failed with {@code e}. */
    RuntimeException unavailable(String what, IOException e) {
        String reason = closedBecause != null ? closedBecause
                : e instanceof ClosedByInterruptException ? "the calling thread was interrupted during the call,"
                        + " which closed its connection; whether the call took effect is unknown"
                : "it has shut down or died (" + e.getMessage() + ")";
        return LocalManager.api().unavailable("[jmp.manager.unavailable] " + what + " failed: " + name
                + " cannot be reached: " + reason, e);
    }
}
