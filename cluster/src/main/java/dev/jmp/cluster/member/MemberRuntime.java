package dev.jmp.cluster.member;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;
import dev.jmp.base.JmpLog;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.wire.Envelope;
import dev.jmp.cluster.wire.Events;
import dev.jmp.cluster.wire.MemberEndpoint;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.cluster.wire.Signer;
import dev.jmp.internal.WireInput;
import java.lang.System.Logger.Level;
import java.util.EventListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * jmp on a member: the sessions of the drivers that use it. Every command and poll is checked by
 * the {@link CommandGuard} before it is read; a session opens with its first command and closes,
 * killing what it started, when its driver says goodbye (it is closing), when the driver has not
 * polled for {@value #LEASE_SECONDS} seconds (it crashed or is cut off, and its work is no one's),
 * or when the member shuts down. A driver's connection to this member is no sign of its life: a
 * live driver that loses it keeps its others, through which its polls and commands still come.
 * Not user API: {@code dev.jmp.cluster.Member} starts it.
 */
public final class MemberRuntime implements MemberEndpoint {

    /** The system property, set in the member's worker JVMs and processes, naming the member: {@code host:port}. */
    public static final String MEMBER_PROPERTY = "jmp.cluster.member";

    static final long LEASE_SECONDS = 10;
    private static final int CLOSED_KEPT = 10_000;
    private static final long POLL_WAIT_MILLIS = 1_000;

    private final CommandGuard guard;
    private final Map<Long, DriverSession> sessions = new ConcurrentHashMap<>();
    /** Sessions closed, and when: a driver's late envelope for one is told so, rather than reopening it. */
    private final Map<Long, Long> closedSessions = new ConcurrentHashMap<>();
    private final RefusalLog refusals = new RefusalLog();
    private volatile String address = "?";
    private volatile boolean stopped;

    public MemberRuntime(ClusterSettings settings, byte[] key) {
        this.guard = new CommandGuard(new Signer(key), settings.maxClockSkew());
    }

    /** The listeners the member's configuration registers: the member's own end. */
    public List<EventListener> listeners() {
        LifecycleListener lifecycle = event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTTING_DOWN) {
                stop();
            }
        };
        return List.of(lifecycle);
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
        if (stopped) {
            return Reply.of(Reply.Status.FAILED, "[jmp.cluster.member-stopping] member " + address
                    + " is shutting down").encode();
        }
        DriverSession session = session(envelope);
        if (session == null) {
            return Reply.of(Reply.Status.CLOSED, closed(envelope)).encode();
        }
        try {
            return session.submit(envelope.seq(), envelope.body()).encode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.of(Reply.Status.FAILED, "[jmp.cluster.member-stopping] member " + address
                    + " is shutting down").encode();
        }
    }

    @Override
    public byte[] poll(Envelope envelope) {
        String refusal = guard.check(Signer.POLL, envelope, System.currentTimeMillis());
        if (refusal != null) {
            refusals.log(refusal);
            return Events.none(Events.Status.REFUSED, refusal).encode();
        }
        try {
            if (stopped) {
                // No answer that could pass for the member's: the driver learns of its end from the cluster.
                Thread.sleep(POLL_WAIT_MILLIS);
                return Events.of(List.of()).encode();
            }
            DriverSession session = session(envelope);
            if (session == null) {
                return Events.none(Events.Status.CLOSED, closed(envelope)).encode();
            }
            return session.poll(new WireInput(envelope.body()).readLong(), POLL_WAIT_MILLIS).encode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Events.of(List.of()).encode();
        }
    }

    /**
     * The session {@code envelope} belongs to, opened by the first envelope that names it (the
     * executor may bring a session's second command before its first); null when it was closed.
     */
    private DriverSession session(Envelope envelope) {
        DriverSession session = sessions.get(envelope.session());
        if (session != null || closedSessions.containsKey(envelope.session())) {
            return session;
        }
        return sessions.computeIfAbsent(envelope.session(), id -> new DriverSession(id, envelope.driver(), this));
    }

    private String closed(Envelope envelope) {
        return "[jmp.cluster.session-closed] member " + address + " closed session " + envelope.session()
                + " of driver " + envelope.driver() + " and killed what it ran";
    }

    /**
     * Logs a line about the member's sessions at INFO under {@value JmpLog#CLUSTER}: a plain line
     * on the member's stderr unless logging is configured.
     */
    void log(String line) {
        JmpLog.log(JmpLog.CLUSTER, Level.INFO, "[member " + address + "] " + line);
    }

    /** Closes session {@code s}, killing what it started, and logs {@code why} unless it is null. */
    void close(DriverSession s, String why) {
        if (sessions.remove(s.id, s)) {
            closedSessions.put(s.id, System.nanoTime());
            if (closedSessions.size() > CLOSED_KEPT) {
                long old = System.nanoTime() - TimeUnit.HOURS.toNanos(1);
                closedSessions.values().removeIf(at -> at < old);
            }
            s.close();
            if (why != null) {
                log(why + ": session " + s.id + " closed, its workers and processes killed");
            }
        }
    }

    private void expireLeases() {
        while (!stopped) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            for (DriverSession s : sessions.values()) {
                if (s.idleNanos() > TimeUnit.SECONDS.toNanos(LEASE_SECONDS)) {
                    close(s, "driver " + s.driver + " has not polled for " + LEASE_SECONDS + " s");
                }
            }
        }
    }

    /** The member is going: every session closes, killing what it started. */
    private void stop() {
        stopped = true;
        for (DriverSession s : sessions.values()) {
            close(s, null);
        }
    }
}
