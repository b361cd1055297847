package dev.jmp.cluster.objects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What wakes this JVM's waiters: a version per object, raised by the cluster's events for it
 * (an entry changed, an item came or went). A waiter reads the version before it tries, and waits
 * for it to move, or for its timer: an event lost on the way must never strand it, so it tries
 * again at least every {@link #POLL_NANOS}.
 */
final class Wakeups {

    /** The longest a waiter waits without trying again. */
    static final long POLL_NANOS = 200_000_000L;

    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    long version(String key) {
        return versions.getOrDefault(key, 0L);
    }

    /** Drops the version of {@code key}, which no waiter of this JVM follows any more; a waiter's next read sees 0. */
    void forget(String key) {
        versions.remove(key);
    }

    synchronized void changed(String key) {
        versions.merge(key, 1L, Long::sum);
        notifyAll();
    }

    /** Waits at most {@code nanos} (and {@link #POLL_NANOS}) for the version of {@code key} to move past {@code seen}. */
    synchronized void await(String key, long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + Math.min(nanos, POLL_NANOS);
        long left;
        while (version(key) == seen && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000), 0);
        }
    }
}
