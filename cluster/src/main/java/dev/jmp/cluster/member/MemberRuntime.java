package dev.jmp.cluster.member;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.wire.Envelope;
import dev.jmp.cluster.wire.Events;
import dev.jmp.cluster.wire.MemberEndpoint;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.cluster.wire.Signer;
import dev.jmp.internal.WireInput;
import java.util.EventListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * jmp on a member: the sessions of the drivers that use it. Every command and poll is checked by
 * the {@link CommandGuard} before it is read; a session opens with its first command and closes,
 * killing what it started, when its driver disconnects, when the driver has not polled for
 * {@value #LEASE_SECONDS} seconds (it is gone or cut off, and its work is no one's), or when the
 * member shuts down. Not user API: {@code dev.jmp.cluster.Member} starts it.
 */
public final class MemberRuntime implements MemberEndpoint {

    /** The system property, set in the member's worker JVMs and processes, naming the member: {@code host:port}. */
    public static final String MEMBER_PROPERTY = "jmp.cluster.member";

    static final long LEASE_SECONDS = 10;
    private static final long POLL_WAIT_MILLIS = 1_000;

    private final CommandGuard guard;
    private final Map<Long, DriverSession> sessions = new ConcurrentHashMap<>();
    private final RefusalLog refusals = new RefusalLog();
    private volatile String address = "?";
    private volatile boolean stopped;

    public MemberRuntime(ClusterSettings settings, byte[] key) {
        this.guard = new CommandGuard(new Signer(key), settings.maxClockSkew());
    }

    /** The listeners the member's configuration registers: client departures and the member's own end. */
    public List<EventListener> listeners() {
        ClientListener clients = new ClientListener() {
            @Override
            public void clientConnected(Client client) {}

            @Override
            public void clientDisconnected(Client client) {
                driverGone(client.getUuid().toString());
            }
        };
        LifecycleListener lifecycle = event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTTING_DOWN) {
                stop();
            }
        };
        return List.of(clients, lifecycle);
    }

    /** The member is up as {@code instance}: sessions may open, and idle ones are closed. */
    public void started(HazelcastInstance instance) {
        var a = instance.getCluster().getLocalMember().getAddress();
        address = a.getHost() + ":" + a.getPort();
        Thread leases = new Thread(this::expireLeases, "jmp-member-leases");
        leases.setDaemon(true);
        leases.start();
    }

    /** This member's address, {@code host:port}. */
    public String address() {
        return address;
    }

    @Override
    public byte[] command(Envelope envelope) {
        String refusal = guard.check(Signer.COMMAND, envelope, System.currentTimeMillis());
        if (refusal != null) {
            refusals.log(refusal);
            return Reply.of(Reply.Status.REFUSED, refusal).encode();
        }
        DriverSession session = sessions.get(envelope.session());
        if (session == null) {
            if (envelope.seq() != 1 || stopped) {
                return Reply.of(Reply.Status.CLOSED, "[jmp.cluster.session-closed] this member has no session "
                        + envelope.session() + " of driver " + envelope.driver() + ": it closed it, or restarted").encode();
            }
            session = sessions.computeIfAbsent(envelope.session(), id -> new DriverSession(id, envelope.driver(), this));
        }
        try {
            return session.submit(envelope.seq(), envelope.body()).encode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.of(Reply.Status.FAILED, "[jmp.cluster.interrupted] the member is shutting down").encode();
        }
    }

    @Override
    public byte[] poll(Envelope envelope) {
        String refusal = guard.check(Signer.POLL, envelope, System.currentTimeMillis());
        if (refusal != null) {
            refusals.log(refusal);
            return Events.none(Events.Status.REFUSED, refusal).encode();
        }
        DriverSession session = sessions.get(envelope.session());
        if (session == null) {
            return Events.none(Events.Status.CLOSED, "[jmp.cluster.session-closed] this member has no session "
                    + envelope.session() + " of driver " + envelope.driver() + ": it closed it, or restarted").encode();
        }
        try {
            return session.poll(new WireInput(envelope.body()).readLong(), POLL_WAIT_MILLIS).encode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Events.of(List.of()).encode();
        }
    }

    /** Writes a line to the member's log (its stdout). */
    void log(String line) {
        System.out.println("[member " + address + "] " + line);
    }

    private void driverGone(String driver) {
        sessions.values().removeIf(s -> {
            if (s.driver.equals(driver)) {
                log("driver " + driver + " left: session " + s.id + " closed, its workers and processes killed");
                s.close();
                return true;
            }
            return false;
        });
    }

    private void expireLeases() {
        while (!stopped) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            sessions.values().removeIf(s -> {
                if (s.idleNanos() > TimeUnit.SECONDS.toNanos(LEASE_SECONDS)) {
                    log("driver " + s.driver + " has not polled for " + LEASE_SECONDS + " s: session " + s.id
                            + " closed, its workers and processes killed");
                    s.close();
                    return true;
                }
                return false;
            });
        }
    }

    /** The member is going: every session closes, killing what it started. */
    private void stop() {
        stopped = true;
        sessions.values().removeIf(s -> {
            s.close();
            return true;
        });
    }
}
