package dev.jmp.manager;

import dev.jmp.internal.ProxyHandle;
import dev.jmp.manager.wire.ChannelTimeouts;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.KeyRing;
import dev.jmp.manager.wire.Op;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Future;

/**
 * This process's way to one manager server: its address, key and a pool of idle connections.
 * A call takes a connection for its round trip and gives it back, so concurrent threads never
 * share one and a blocking call ties up only its own. One link per server per process, found
 * from any handle of that server.
 */
final class ManagerLink {

    private static final Map<String, ManagerLink> LINKS = new ConcurrentHashMap<>();

    private final Endpoint endpoint;
    private final long serverId;
    private final byte[] key;
    private final String name;
    private final String keyId;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
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
        return LINKS.computeIfAbsent(handle.address() + "#" + handle.serverId(), k -> new ManagerLink(
                new Endpoint(handle.address()), handle.serverId(), KeyRing.keyOf(handle),
                "the manager at " + handle.address()));
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
        Connection connection = idle.pollFirst();
        if (connection == null) {
            connection = Connection.open(endpoint, key, serverId, name, new long[1]);
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

    /**
     * Asks the server to shut down, on a connection of its own that is closed after
     * {@code limit} should the server not answer.
     */
    void shutdownServer(Duration limit) throws IOException {
        long[] seen = new long[1];
        try (Connection connection = Connection.open(endpoint, key, serverId, name, seen)) {
            Future<?> timer = ChannelTimeouts.closeAfter(limit, connection);
            try {
                connection.roundTrip(Frames.finish(Frames.request(0, Op.SHUTDOWN.id())));
            } finally {
                timer.cancel(false);
            }
        }
    }

    /** Refuses every later call with {@code reason} and closes the idle connections. */
    void close(String reason) {
        closedBecause = reason;
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            c.close();
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
    ManagerUnavailableException unavailable(String what, IOException e) {
        String reason = closedBecause != null ? closedBecause
                : e instanceof ClosedByInterruptException ? "the calling thread was interrupted during the call,"
                        + " which closed its connection; whether the call took effect is unknown"
                : "it has shut down or died (" + e.getMessage() + ")";
        return new ManagerUnavailableException("[jmp.manager.unavailable] " + what + " failed: " + name
                + " cannot be reached: " + reason, e);
    }
}
