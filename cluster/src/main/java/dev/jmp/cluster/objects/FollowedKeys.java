package dev.jmp.cluster.objects;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The keys of the state map this JVM follows: those it has waiters on. The members send a JVM the
 * events of a key only while it listens to that key ({@code addEntryListener(listener, key, ...)}),
 * so a change costs an event per JVM that waits on its object, not per JVM that uses the cluster.
 * A key is listened to from its first waiter on, and for {@link #LINGER_MILLIS} after its last one
 * left, so that a call that waits again soon (a consumer taking item after item) does not pay a
 * registration each time; then the listener is removed. A change between a waiter's first step and
 * its listener's registration sends no event: the waiter tries again at once after registering.
 */
final class FollowedKeys {

    /** How long a key stays listened to after its last waiter left. */
    static final long LINGER_MILLIS = 2_000;

    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jmp-cluster-unfollow");
        t.setDaemon(true);
        return t;
    });

    /** One key's listener and waiters; retired once its listener is removed. */
    private static final class Key {
        int waiters;
        UUID registration;
        long idleSince;
        boolean retired;
    }

    private final IMap<String, byte[]> state;
    private final Wakeups wakeups;
    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final LongAdder events = new LongAdder();

    FollowedKeys(IMap<String, byte[]> state, Wakeups wakeups) {
        this.state = state;
        this.wakeups = wakeups;
    }

    /**
     * A waiter of this JVM on {@code key} begins: the key is listened to from now on.
     *
     * @return whether this call registered the listener (events before it were not sent here)
     */
    boolean follow(String key) {
        while (true) {
            Key k = keys.computeIfAbsent(key, x -> new Key());
            synchronized (k) {
                if (k.retired) {
                    continue; // its listener was just removed: a new one is made
                }
                k.waiters++;
                if (k.registration != null) {
                    return false;
                }
                try {
                    k.registration = state.addEntryListener(new Changes(), key, false);
                } catch (RuntimeException e) {
                    k.waiters--;
                    throw e;
                }
                return true;
            }
        }
    }

    /** A waiter of this JVM on {@code key} ended. */
    void unfollow(String key) {
        Key k = keys.get(key);
        if (k == null) {
            return;
        }
        synchronized (k) {
            if (--k.waiters > 0) {
                return;
            }
            long idle = System.nanoTime();
            k.idleSince = idle;
            LATER.schedule(() -> retire(key, k, idle), LINGER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void retire(String key, Key k, long idle) {
        synchronized (k) {
            if (k.waiters > 0 || k.idleSince != idle || k.retired) {
                return; // waited on again since
            }
            try {
                state.removeEntryListener(k.registration);
            } catch (RuntimeException e) {
                // the cluster is gone, and the listener with it
            }
            // only now, so that a key no longer followed sends no more events here; a follow in the
            // meantime waits on the lock, then makes a new key
            k.retired = true;
            keys.remove(key, k);
            wakeups.forget(key);
        }
    }

    /** Whether this JVM listens to {@code key} now. */
    boolean follows(String key) {
        Key k = keys.get(key);
        return k != null && !k.retired;
    }

    /** How many events of the state map reached this JVM. */
    long events() {
        return events.sum();
    }

    private final class Changes implements EntryAddedListener<String, byte[]>,
            EntryUpdatedListener<String, byte[]>, EntryRemovedListener<String, byte[]> {
        @Override
        public void entryAdded(EntryEvent<String, byte[]> event) {
            changed(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<String, byte[]> event) {
            changed(event.getKey());
        }

        @Override
        public void entryRemoved(EntryEvent<String, byte[]> event) {
            changed(event.getKey());
        }

        private void changed(String key) {
            events.increment();
            wakeups.changed(key);
        }
    }
}
