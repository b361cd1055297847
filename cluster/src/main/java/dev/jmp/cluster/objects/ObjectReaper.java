package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On a member: frees the unnamed objects of a client that left without closing its manager (a
 * driver killed, or cut off), once {@link ClientPresence} says it is gone: no member has had it
 * connected for the grace period. A client that only reconnects keeps them. The oldest member
 * does it, looking every second, so it is done once; a member that becomes the oldest (the
 * oldest left, perhaps right after the client) frees what the departures it saw as a member
 * left, and first looks for the owners of every unnamed object, as it does every minute, to
 * cover departures it never saw. Named and published objects stay. Not user API: {@code Member}
 * starts it.
 */
public final class ObjectReaper {

    private static final Logger LOG = Logger.getLogger(ObjectReaper.class.getName());
    private static final long TICK_MILLIS = 1_000;
    private static final long SWEEP_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ClientPresence presence;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jmp-object-reaper");
        t.setDaemon(true);
        return t;
    });
    // the ticker's thread alone uses these
    private final Set<String> freed = new HashSet<>();
    private boolean oldest;
    private long nextSweep;
    private volatile HazelcastInstance member;

    /** A reaper that goes by {@code presence}, the member's. */
    public ObjectReaper(ClientPresence presence) {
        this.presence = presence;
    }

    /** The member is up as {@code instance}: departures are followed from now on. */
    public void started(HazelcastInstance instance) {
        member = instance;
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (!member.getLifecycleService().isRunning()) {
            ticker.shutdown();
            return;
        }
        try {
            if (!member.getCluster().getMembers().iterator().next().localMember()) {
                oldest = false;
                return;
            }
            IMap<String, String> owned = member.getMap(ObjectSpace.OWNED);
            if (!oldest || System.nanoTime() - nextSweep >= 0) {
                sweep(owned);
                oldest = true;
                nextSweep = System.nanoTime() + SWEEP_NANOS;
            }
            Set<String> gone = presence.gone();
            freed.retainAll(gone); // one that came back may leave again
            gone.removeAll(freed);
            if (!gone.isEmpty()) {
                free(owned, gone);
                freed.addAll(gone);
            }
        } catch (HazelcastException e) {
            LOG.log(Level.FINE, "the cluster ended while freeing objects", e);
        } catch (RuntimeException e) {
            // the next tick tries again: an exception must not end the schedule
            LOG.log(member.getLifecycleService().isRunning() ? Level.WARNING : Level.FINE,
                    "could not free the objects of clients that left", e);
        }
    }

    /** Asks after the owner of every unnamed object, so that one never heard of starts its grace period now. */
    private void sweep(IMap<String, String> owned) {
        for (String value : owned.values()) {
            presence.alive(ownerOf(value));
        }
        presence.forgetFormerMembers(member);
    }

    private void free(IMap<String, String> owned, Set<String> gone) {
        List<Map.Entry<String, String>> theirs = new ArrayList<>();
        for (Map.Entry<String, String> e : owned.entrySet()) {
            if (gone.contains(ownerOf(e.getValue()))) {
                theirs.add(e);
            }
        }
        ObjectSpace space = new ObjectSpace(member, member.getConfig().getClusterName(), List.of(), null);
        for (Map.Entry<String, String> e : theirs) {
            String typeId = e.getValue().substring(0, e.getValue().indexOf(' '));
            Kinds.of(typeId, e.getKey()).destroy(space, e.getKey());
            Redo.call(() -> owned.remove(e.getKey()));
        }
    }

    /** The endpoint in an entry of {@code jmp.owned}: {@code <typeId> <endpoint uuid>}. */
    private static String ownerOf(String value) {
        return value.substring(value.lastIndexOf(' ') + 1);
    }
}
