package dev.jmp.cluster.objects;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A member's view of which clients the cluster has: those some member has connected now, and,
 * for each other client it heard of, since when no member has had it. A client is gone once it
 * has been absent for the grace period, long enough for a live client to reconnect; one it never
 * heard of is absent from the moment it is first asked about, so a client that only just
 * connected to another member, not yet seen here, is never taken for gone; nor is anyone while
 * the view is out of date. Reads never block: a step asks on a partition thread.
 */
final class Absences {

    /** How long an absence is remembered: a client asked about after that waits out a grace again. */
    private static final long FORGET_MILLIS = 3_600_000;

    private final long graceMillis;
    private final Map<String, Long> absentSince = new ConcurrentHashMap<>();
    private volatile Set<String> present = Set.of();
    /** When the view was last brought up to date; none yet: it cannot tell anyone gone. */
    private volatile long updated = Long.MIN_VALUE;

    Absences(long graceMillis) {
        this.graceMillis = graceMillis;
    }

    /** The clients connected to each member of the cluster at {@code now}, as last heard from each. */
    synchronized void update(Collection<? extends Collection<String>> connectedPerMember, long now) {
        Set<String> next = new HashSet<>();
        connectedPerMember.forEach(next::addAll);
        for (String client : present) {
            if (!next.contains(client)) {
                absentSince.putIfAbsent(client, now);
            }
        }
        for (String client : next) {
            absentSince.remove(client);
        }
        absentSince.values().removeIf(since -> now - since > FORGET_MILLIS);
        present = Set.copyOf(next);
        updated = now;
    }

    /** Whether {@code client} is connected to some member, or was within the grace period before {@code now}. */
    boolean alive(String client, long now) {
        if (present.contains(client) || stale(now)) {
            return true;
        }
        return now - absentSince.computeIfAbsent(client, c -> now) < graceMillis;
    }

    /** The clients absent for the grace period or longer at {@code now}: gone. */
    Set<String> gone(long now) {
        Set<String> gone = new HashSet<>();
        if (stale(now)) {
            return gone;
        }
        Set<String> here = present;
        absentSince.forEach((client, since) -> {
            if (now - since >= graceMillis && !here.contains(client)) {
                gone.add(client);
            }
        });
        return gone;
    }

    /**
     * Whether the view has not been brought up to date for half the grace period (this member
     * cannot reach the others' records): then it holds every client alive, rather than take a
     * live one for gone because it did not hear that it is connected elsewhere.
     */
    private boolean stale(long now) {
        long last = updated;
        return last == Long.MIN_VALUE || now - last > graceMillis / 2;
    }
}
