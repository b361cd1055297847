package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.LockMethods;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.manager.core.MethodTable;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.RLockMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The manager of {@code Manager.cluster(context)}: creates objects in the cluster and finds them by
 * name. An unnamed object is recorded in {@code jmp.owned} as this JVM's endpoint's, and freed when
 * the manager closes, or, when this JVM dies, by a member ({@link ObjectReaper}); a named or
 * published one is recorded in {@code jmp.names} and lives until the cluster ends.
 */
public final class ClusterObjects implements ManagerBackend {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ObjectSpace space;
    private final String name;
    private final List<ClusterCore> created = new ArrayList<>();
    private volatile boolean closed;

    ClusterObjects(ObjectSpace space) {
        this.space = space;
        this.name = "ClusterManager-" + COUNTER.incrementAndGet() + " of cluster \"" + space.clusterName + "\"";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return "hazelcast:" + space.clusterName;
    }

    @Override
    public ProxyCore create(MethodTable kind, Object... arguments) {
        requireOpen();
        String key = cpPrefix(kind.typeId(), arguments) + UUID.randomUUID();
        if (kind.typeId().equals(ConditionMethods.TYPE_ID) && arguments[0] != null) {
            ClusterCore lock = lockOf(arguments[0]);
            if (lock.typeId.equals(LockMethods.TYPE_ID)) {
                return new ClusterCore(space, ConditionMethods.TYPE_ID, lock.key, this); // the lock's own entry
            }
            key = RLockConditionKind.keyOf(key, lock.key);
        }
        String ownedKey = key;
        ClusterCore core = new ClusterCore(space, kind.typeId(), key, this);
        try {
            Redo.call(() -> space.owned.put(ownedKey, kind.typeId() + " " + space.endpoint));
            Kinds.of(kind.typeId(), key).create(space, key, arguments);
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
        synchronized (created) {
            created.add(core);
        }
        return core;
    }

    /** The key's beginning of a new object of {@code typeId}: the CP subsystem's when it holds such objects here. */
    private String cpPrefix(String typeId, Object[] arguments) {
        return space.cp.available() && Kinds.cpHolds(typeId, arguments) ? Kinds.CP_PREFIX : "";
    }

    /**
     * Whether this manager's reentrant locks and (unbounded) semaphores are the CP subsystem's
     * FencedLock and ISemaphore (Hazelcast Enterprise with CP enabled), found when the cluster was
     * first reached; else every such object is a jmp state machine.
     */
    public boolean usesCpSubsystem() {
        return space.cp.available();
    }

    /**
     * The lock a condition is made on: a plain lock of this cluster (the condition lives in the
     * lock's entry) or a reentrant one (the condition's waiters have an entry of their own).
     */
    private ClusterCore lockOf(Object lock) {
        ProxyCore core = space.api.coreOf(lock);
        if (core instanceof ClusterCore c && (c.typeId.equals(LockMethods.TYPE_ID)
                || c.typeId.equals(RLockMethods.TYPE_ID)) && c.space.clusterName.equals(space.clusterName)) {
            return c;
        }
        throw new IllegalArgumentException("[jmp.cluster.condition-lock] a cluster condition is made on a lock or"
                + " a reentrant lock of the same cluster, not on " + (core == null ? lock : core.describe())
                + "; make the lock with this cluster's manager");
    }

    @Override
    public ProxyCore named(String objectName, MethodTable kind, Object... arguments) {
        requireOpen();
        String made = cpPrefix(kind.typeId(), arguments) + "n." + objectName;
        String ref = kind.typeId() + " " + made;
        try {
            // sent again after its member died, it finds its own reference: the same as a first put
            String before = Redo.call(() -> space.names.putIfAbsent(objectName, ref));
            if (before != null && !before.substring(0, before.indexOf(' ')).equals(kind.typeId())) {
                throw new IllegalArgumentException("[jmp.manager.named-kind] '" + objectName + "' on " + name
                        + " is a " + before.substring(0, before.indexOf(' ')) + ", not a " + kind.typeId()
                        + "; use another name");
            }
            // the key its first creator chose (held by the CP subsystem or not) is the object's
            String key = before == null ? made : before.substring(before.indexOf(' ') + 1);
            // the loser of a race creates too, idempotently, so that it never finds the object half made
            Kinds.of(kind.typeId(), key).create(space, key, before == null ? arguments : emptied(arguments));
            return new ClusterCore(space, kind.typeId(), key, this);
        } catch (HazelcastException e) {
            throw new ClusterCore(space, kind.typeId(), made, this).unavailable(e);
        }
    }

    /** The arguments of a creation that found the object there: its contents are not put twice. */
    private static Object[] emptied(Object[] arguments) {
        Object[] copy = arguments.clone();
        if (copy.length == 1 && !(copy[0] instanceof Integer)) {
            copy[0] = null; // a dict's, list's or namespace's initial contents
        }
        return copy;
    }

    @Override
    public ProxyCore createShared(String typeId, long signature, int constructor, byte[] arguments) {
        throw new UnsupportedOperationException("[jmp.cluster.no-shared] @Shared classes are served by local managers"
                + " only; create " + typeId + " on Manager.start()");
    }

    @Override
    public void publish(String objectName, ProxyCore core) {
        requireOpen();
        if (!(core instanceof ClusterCore c) || !c.space.clusterName.equals(space.clusterName)) {
            throw new IllegalArgumentException("only an object of this cluster can be published on " + name);
        }
        Redo.call(() -> space.names.put(objectName, c.typeId + " " + c.key));
        Redo.call(() -> space.owned.remove(c.key));
        synchronized (created) {
            created.remove(c);
        }
    }

    @Override
    public ProxyCore lookup(String objectName) {
        requireOpen();
        String ref = space.names.get(objectName);
        if (ref == null) {
            return null;
        }
        int cut = ref.indexOf(' ');
        return new ClusterCore(space, ref.substring(0, cut), ref.substring(cut + 1), this);
    }

    /** The calls of this JVM waiting on the object of {@code core}: the cluster has no server that counts them all. */
    @Override
    public int callsInProgress(ProxyCore core) {
        return core instanceof ClusterCore c ? c.space.waiting(c.key) : 0;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Frees the unnamed objects this manager created; named ones stay in the cluster. */
    @Override
    public void close() {
        List<ClusterCore> objects;
        synchronized (created) {
            if (closed) {
                return;
            }
            closed = true;
            objects = new ArrayList<>(created);
            created.clear();
        }
        for (ClusterCore core : objects) {
            try {
                Kinds.of(core.typeId, core.key).destroy(space, core.key);
                Redo.call(() -> space.owned.remove(core.key));
            } catch (HazelcastException e) {
                return; // the cluster is gone, and its objects with it
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(name + " was closed; make a new one with Manager.cluster(context)");
        }
    }
}
