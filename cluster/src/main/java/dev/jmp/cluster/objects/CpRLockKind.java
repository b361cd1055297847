package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.cp.lock.FencedLock;
import com.hazelcast.map.IMap;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant lock as the CP subsystem's {@link FencedLock} {@code jmp.rlock.<key>}, when the
 * cluster has it ({@link CpSubsystem}): linearizable, owned by the calling thread of its endpoint,
 * re-entries counted by the lock itself, and released by the CP subsystem when that endpoint's
 * CP session ends (it died, or was cut off longer than the session's time to live). As with
 * {@link RLockKind}, the holder is also written in {@code jmp.rlock.holders} while it holds the
 * lock, so that the next acquirer learns it took the lock over ({@code wasRecovered()}).
 */
final class CpRLockKind implements ReentrantKind {

    static final String NAME_PREFIX = "jmp.rlock.";

    private static FencedLock lock(ClusterCore core) {
        return core.space.hazelcast.getCPSubsystem().getLock(NAME_PREFIX + core.key);
    }

    private static IMap<String, String> holders(ClusterCore core) {
        return core.space.hazelcast.getMap(ObjectSpace.RLOCK_HOLDERS);
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        // the CP subsystem makes the lock on first use
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        space.hazelcast.getCPSubsystem().getLock(NAME_PREFIX + key).destroy();
        Redo.call(() -> space.hazelcast.getMap(ObjectSpace.RLOCK_HOLDERS).remove(key));
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        FencedLock lock = lock(core);
        try {
            return switch (method.number()) {
                case 0 -> acquire(core, lock, (Long) a[0], interruptible);
                case 1 -> {
                    if (!lock.isLockedByCurrentThread()) {
                        throw new IllegalMonitorStateException("release of " + core.describe() + " by a thread that"
                                + " does not hold it");
                    }
                    if (lock.getLockCount() == 1) {
                        Redo.call(() -> holders(core).remove(core.key));
                    }
                    lock.unlock();
                    yield null;
                }
                case 2 -> lock.isLocked();
                case 3 -> lock.isLockedByCurrentThread();
                default -> holds(core);
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private static Acquisition acquire(ClusterCore core, FencedLock lock, long timeout, boolean interruptible)
            throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (lock.isLockedByCurrentThread()) {
            lock.lock(); // a re-entry, counted by the lock
            return Acquisition.TAKEN;
        }
        core.space.waiting(core.key, 1);
        try {
            if (timeout == Shape.FOREVER) {
                if (interruptible) {
                    lock.lockInterruptibly();
                } else {
                    lock.lock();
                }
            } else if (!lock.tryLock(timeout, TimeUnit.NANOSECONDS)) {
                return Acquisition.FAILED;
            }
        } finally {
            core.space.waiting(core.key, -1);
        }
        String me = core.space.endpoint + "/" + Thread.currentThread().getId();
        String before = Redo.call(() -> holders(core).put(core.key, me));
        return before == null || before.equals(me) ? Acquisition.TAKEN : new Acquisition(true, true);
    }

    @Override
    public int holds(ClusterCore core) {
        FencedLock lock = lock(core);
        return lock.isLockedByCurrentThread() ? lock.getLockCount() : 0;
    }

    @Override
    public void releaseAll(ClusterCore core) {
        FencedLock lock = lock(core);
        try {
            Redo.call(() -> holders(core).remove(core.key));
            while (lock.isLockedByCurrentThread()) {
                lock.unlock();
            }
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    @Override
    public Acquisition reacquire(ClusterCore core, int holds) throws InterruptedException {
        Acquisition first = acquire(core, lock(core), Shape.FOREVER, false);
        for (int i = 1; i < holds; i++) {
            lock(core).lock();
        }
        return first;
    }
}
