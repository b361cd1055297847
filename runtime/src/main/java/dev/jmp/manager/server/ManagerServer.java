package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.base.JmpLog;
import dev.jmp.base.KernelRandom;
import dev.jmp.wire.FrameFormat;
import dev.jmp.wire.HandshakeGate;
import dev.jmp.wire.PeerRefusedException;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.FramedChannel;
import dev.jmp.manager.wire.KeyRing;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running manager server: listens, authenticates connections side by side on its accepting
 * thread, and serves each authenticated one on a thread of its own, until {@link #shutdown()}. Once listening it writes its address to the ready file the
 * owner waits for. It knows each client process by the token its connections name themselves
 * with, and when the process's anchor connection closes, drops its references and releases the
 * locks it held.
 */
public final class ManagerServer {

    /** A peer that connects and does not finish the handshake in time is dropped. */
    private static final Duration HANDSHAKE_LIMIT = Duration.ofSeconds(10);
    /** How long a process that went may take to settle its connections before its locks are released anyway. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(10);
    /** How many handshakes run at once; one more drops the oldest. */
    private static final int MAX_PENDING_HANDSHAKES = 256;

    private final ServerConfig config;
    private final Endpoint.Bound bound;
    private final HandshakeGate gate;
    private final long serverId;
    private final ObjectTable objects = new ObjectTable();
    private final ServerSharing sharing;
    private final ManagerOps managerOps;
    private final Lockables locks = new Lockables();
    private final Pools pools = new Pools();
    private final Map<Long, Integer> anchors = new HashMap<>();
    private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    private ManagerServer(ServerConfig config, Endpoint.Bound bound, long serverId) throws IOException {
        this.config = config;
        this.bound = bound;
        this.gate = new HandshakeGate(bound.server(), config.authkey(), FramedChannel.serving(),
                "[jmp.manager.auth] a client did not finish the handshake", HANDSHAKE_LIMIT, MAX_PENDING_HANDSHAKES,
                FrameFormat.JMP);
        this.serverId = serverId;
        String keyId = KeyRing.add(config.authkey(), config.keyFile().isEmpty() ? null : config.keyFile());
        this.sharing = new ServerSharing(bound.endpoint(), serverId, keyId, config.keyFile(), objects);
        this.managerOps = new ManagerOps(this, new Kinds(new SharedKinds(config.registered(), config.exposed(), config.name()), locks,
                new ServerTasks(), pools));
    }

    /**
     * Runs the initializer, if any, then binds the address and announces it in the ready file.
     * An initializer that throws ends the start: the exception propagates, nothing listens.
     */
    public static ManagerServer start(ServerConfig config) throws Exception {
        if (config.initializer() != null) {
            new ServerTasks().run(config.initializer());
        }
        if (config.listen().isUnix()) {
            Files.deleteIfExists(config.listen().socket());
        }
        Endpoint.Bound bound = config.listen().bind();
        long id;
        do {
            id = KernelRandom.nextLong();
        } while (id == 0);
        ManagerServer server = new ManagerServer(config, bound, id);
        Path ready = Path.of(config.readyFile());
        Path written = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(written, bound.endpoint().address() + "\n" + id + "\n", StandardCharsets.UTF_8);
        Files.move(written, ready, StandardCopyOption.ATOMIC_MOVE);
        return server;
    }

    /**
     * Accepts connections until {@link #shutdown()}, then closes every connection. Handshakes run
     * on this thread, side by side ({@link HandshakeGate}); a connection gets a thread of its own
     * once it is authenticated.
     */
    public void serveUntilShutdown() {
        try {
            while (!stopping) {
                SocketChannel socket;
                try {
                    socket = gate.accept();
                    socket.configureBlocking(true);
                } catch (PeerRefusedException e) {
                    continue; // that peer is closed; the others go on
                }
                Thread thread = new Thread(new ServerConnection(this, socket), "jmp-manager-connection");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (ClosedChannelException e) {
            // shutdown() closed the listening socket
        } catch (IOException e) {
            JmpLog.log(JmpLog.MANAGER, Level.ERROR, "[jmp] " + config.name() + " stopped accepting connections: " + e);
        } finally {
            stopping = true;
            close();
        }
    }

    /** Stops accepting; {@link #serveUntilShutdown()} then closes the connections and returns. */
    public void shutdown() {
        stopping = true;
        closeGate();
    }

    private void closeGate() {
        try {
            gate.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void close() {
        closeGate();
        connections.forEach(ServerConnection::abandon);
        pools.terminateAll();
        if (config.listen().isUnix()) {
            try {
                Files.deleteIfExists(config.listen().socket());
            } catch (IOException e) {
                // the owner's private directory is removed at its exit anyway
            }
        }
    }

    boolean track(ServerConnection connection) {
        connections.add(connection);
        return !stopping;
    }

    void forget(ServerConnection connection) {
        connections.remove(connection);
    }

    /** A process opened its anchor connection: it uses this manager until the anchor closes. */
    void processArrived(long process) {
        synchronized (anchors) {
            anchors.merge(process, 1, Integer::sum);
        }
    }

    /**
     * A process's anchor closed: it exited, was killed, or is done with this manager. The calls
     * its other connections run are interrupted, so that those blocked for it end taking nothing,
     * and once those connections settled (a reply that was acknowledged before the process went
     * counts, one that was not is undone), the references it held are dropped and the locks it
     * held released, for the next acquirer to take over (and be told so).
     */
    void processGone(long process) {
        synchronized (anchors) {
            if (anchors.merge(process, -1, Integer::sum) > 0) {
                return;
            }
            anchors.remove(process);
        }
        List<ServerConnection> theirs = connections.stream()
                .filter(connection -> connection.process() == process && !connection.isAnchor()).toList();
        theirs.forEach(ServerConnection::interruptCall);
        Deadline deadline = Deadline.after(SETTLE_LIMIT);
        try {
            for (ServerConnection connection : theirs) {
                connection.awaitIdle(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: release what it held all the same
        }
        objects.release(process);
        locks.releaseHeldBy(process);
    }

    /** How many connections are running a call on object {@code objectId} now. */
    int callsInProgress(long objectId) {
        return (int) connections.stream().filter(connection -> connection.isCalling(objectId)).count();
    }

    int maxFrame() {
        return config.maxFrameBytes();
    }

    String name() {
        return config.name();
    }

    long serverId() {
        return serverId;
    }

    ObjectTable objects() {
        return objects;
    }

    ServerSharing sharing() {
        return sharing;
    }

    ManagerOps managerOps() {
        return managerOps;
    }
}
