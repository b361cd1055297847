package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.jmp.manager.core.ApiTypes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared objects of one cluster as one JVM reaches them, through its Hazelcast instance (a
 * driver's or a worker's client, or a member): the maps that hold the state machines, the names
 * and the owners of unnamed objects, and the events that wake this JVM's waiters, which it
 * receives for the objects it waits on only ({@link FollowedKeys}).
 */
final class ObjectSpace {

    static final String STATE = "jmp.state";
    static final String NAMES = "jmp.names";
    static final String OWNED = "jmp.owned";
    static final String RLOCKS = "jmp.rlocks";
    static final String RLOCK_HOLDERS = "jmp.rlock.holders";

    /** A Hazelcast instance of a cluster, and the cluster's name and member addresses. */
    record Origin(HazelcastInstance hazelcast, String clusterName, List<String> addresses) {}

    final HazelcastInstance hazelcast;
    final String clusterName;
    final List<String> addresses;
    final ApiTypes api;
    final String endpoint;
    final IMap<String, byte[]> state;
    final IMap<String, String> names;
    final IMap<String, String> owned;
    final Wakeups wakeups = new Wakeups();
    /** Whether the CP subsystem holds this cluster's reentrant locks and semaphores, as found at start. */
    final CpSubsystem cp;
    /** The keys of the state map whose events this JVM receives: those it waits on. */
    final FollowedKeys followed;
    /** How many times each thread of this JVM holds each reentrant lock, by {@code key/thread}. */
    final Map<String, Integer> rlockHolds = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    /** How many calls of this JVM wait on each object now, by key. */
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();
    private long lastSequence;

    ObjectSpace(HazelcastInstance hazelcast, String clusterName, List<String> addresses, ApiTypes api) {
        this.hazelcast = hazelcast;
        this.clusterName = clusterName;
        this.addresses = List.copyOf(addresses);
        this.api = api;
        this.endpoint = hazelcast.getLocalEndpoint().getUuid().toString();
        this.state = hazelcast.getMap(STATE);
        this.names = hazelcast.getMap(NAMES);
        this.owned = hazelcast.getMap(OWNED);
        this.followed = new FollowedKeys(state, wakeups);
        this.cp = api == null ? CpSubsystem.NOT_ASKED : CpSubsystem.detect(hazelcast);
    }

    /** A call of this JVM on object {@code key} starts ({@code +1}) or stops ({@code -1}) waiting. */
    void waiting(String key, int delta) {
        waiting.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** How many calls of this JVM wait on object {@code key} now. */
    int waiting(String key) {
        return waiting.getOrDefault(key, 0);
    }

    /** A number no earlier step of this JVM's endpoint carried: what tells a step sent again from a new one. */
    long nextRequest() {
        return requests.incrementAndGet();
    }

    /**
     * A number above every earlier one of this JVM, from the clock: the order of a dict's keys
     * across JVMs is the order of their machines' clocks, to the millisecond.
     */
    synchronized long nextSequence() {
        lastSequence = Math.max(lastSequence + 1, System.currentTimeMillis() << 16);
        return lastSequence;
    }
}
