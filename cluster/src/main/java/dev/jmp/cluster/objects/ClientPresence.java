package dev.jmp.cluster.objects;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On a member: whether an endpoint is still in the cluster, the one answer the steps of the state
 * machines (is a holder or a waiter gone?) and the {@link ObjectReaper} (are a client's unnamed
 * objects no one's?) go by. A member is there while it is a member. A client is there while some
 * member has it connected, and for {@link #GRACE} after the last one lost it: a client's
 * connection to one member says nothing of the others, and a live client that lost its last
 * connection makes a new one within that time. Each member writes the clients connected to it
 * in {@code jmp.clients} (under its uuid) and reads the other members' every second, so the view
 * a step reads is this member's, and never waits. Not user API: {@code Member} starts it.
 */
public final class ClientPresence implements ClientListener {

    /**
     * How long a client no member has connected is still taken to be there: a driver's or a
     * worker's client sees a connection fail at once, or within its heartbeat timeout (5 s) when
     * the connection hangs, and tries again within its back-off (at most 1 s); 10 s covers that
     * twice over on a loaded machine, and is the time a member keeps a silent driver's session.
     */
    public static final Duration GRACE = Duration.ofSeconds(10);

    static final String RECORDS = "jmp.clients";
    private static final String CONTEXT_KEY = ClientPresence.class.getName();
    private static final long TICK_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(ClientPresence.class.getName());

    private final Absences absences = new Absences(GRACE.toMillis());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jmp-client-presence");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile HazelcastInstance member;

    /** Puts this presence in {@code userContext}, the member configuration's, where the member's steps find it. */
    public void register(ConcurrentMap<String, Object> userContext) {
        userContext.put(CONTEXT_KEY, this);
    }

    /** The presence of {@code member}, or null for a member jmp did not start. */
    static ClientPresence of(HazelcastInstance member) {
        return member.getUserContext().get(CONTEXT_KEY) instanceof ClientPresence p ? p : null;
    }

    /** The member is up as {@code instance}: its clients are written, and the others' read, from now on. */
    public void started(HazelcastInstance instance) {
        member = instance;
        ticker.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void clientConnected(Client client) {
        soon();
    }

    @Override
    public void clientDisconnected(Client client) {
        soon();
    }

    /** Whether {@code endpoint} is a member, or a client some member has, or had within the grace period. */
    boolean alive(String endpoint) {
        HazelcastInstance m = member;
        if (m != null && isMember(m, endpoint)) {
            return true;
        }
        return absences.alive(endpoint, now());
    }

    /** The clients no member has had for the grace period or longer. */
    Set<String> gone() {
        Set<String> gone = absences.gone(now());
        HazelcastInstance m = member;
        if (m != null) {
            gone.removeIf(endpoint -> isMember(m, endpoint));
        }
        return gone;
    }

    /** Removes the records of members that left (the oldest member does it, for all). */
    void forgetFormerMembers(HazelcastInstance m) {
        Set<String> members = memberIds(m);
        IMap<String, String> records = m.getMap(RECORDS);
        for (String id : records.keySet()) {
            if (!members.contains(id)) {
                records.delete(id);
            }
        }
    }

    /** Brings the view up to date at once, once for a burst of events. */
    private void soon() {
        if (member != null && pending.compareAndSet(false, true)) {
            try {
                ticker.execute(() -> {
                    pending.set(false);
                    tick();
                });
            } catch (RejectedExecutionException e) {
                // the member is going
            }
        }
    }

    /** Writes this member's clients where they differ from its record, and reads every member's. */
    private void tick() {
        HazelcastInstance m = member;
        if (!m.getLifecycleService().isRunning()) {
            ticker.shutdown();
            return;
        }
        try {
            String self = m.getCluster().getLocalMember().getUuid().toString();
            Set<String> mine = new TreeSet<>();
            for (Client c : m.getClientService().getConnectedClients()) {
                mine.add(c.getUuid().toString());
            }
            IMap<String, String> records = m.getMap(RECORDS);
            Map<String, String> all = records.getAll(memberIds(m));
            String record = String.join(" ", mine);
            if (!record.equals(all.get(self))) {
                records.set(self, record); // also when a record was lost with its partition
            }
            List<Set<String>> connected = new ArrayList<>();
            connected.add(mine);
            all.forEach((id, r) -> {
                if (!id.equals(self) && !r.isEmpty()) {
                    connected.add(new HashSet<>(Arrays.asList(r.split(" "))));
                }
            });
            absences.update(connected, now());
        } catch (RuntimeException e) {
            // the view stays as it was, and says no one is gone once it is out of date
            LOG.log(e instanceof HazelcastException || !m.getLifecycleService().isRunning() ? Level.FINE
                    : Level.WARNING, "could not read the clients of the other members", e);
        }
    }

    private static boolean isMember(HazelcastInstance m, String endpoint) {
        for (Member each : m.getCluster().getMembers()) {
            if (each.getUuid().toString().equals(endpoint)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> memberIds(HazelcastInstance m) {
        Set<String> ids = new HashSet<>();
        for (Member each : m.getCluster().getMembers()) {
            ids.add(each.getUuid().toString());
        }
        return ids;
    }

    private static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }
}
