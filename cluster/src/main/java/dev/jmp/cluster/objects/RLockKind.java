package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.map.IMap;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant lock as Hazelcast's lock of its key in {@code jmp.rlocks}: owned by the calling
 * thread of its endpoint, and released by the cluster when that endpoint (a client or a member)
 * dies. jmp takes it once per holding thread and counts the re-entries in the JVM, where the
 * holder runs. To tell the next acquirer that it took the lock over, the holder is also written
 * in {@code jmp.rlock.holders} while it holds the lock and removed before the last release: an
 * acquirer that finds someone else written there took the lock from a holder that died.
 * A grant or a release whose member died before answering is undone or made sure of by releasing
 * until the cluster says this thread holds the lock no more.
 * Waiting is in slices of {@link #SLICE_MILLIS}, each run with the thread's interrupt cleared, so
 * that an interrupt ends the wait between slices and never leaves a lock granted to a thread that
 * stopped waiting.
 */
final class RLockKind implements ReentrantKind {

    static final long SLICE_MILLIS = 250;

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        // a key is a lock already
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        Redo.call(() -> {
            space.hazelcast.getMap(ObjectSpace.RLOCKS).forceUnlock(key);
            return space.hazelcast.getMap(ObjectSpace.RLOCK_HOLDERS).remove(key);
        });
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        ObjectSpace space = core.space;
        IMap<String, String> locks = space.hazelcast.getMap(ObjectSpace.RLOCKS);
        String hold = core.key + "/" + Thread.currentThread().getId();
        int holds = space.rlockHolds.getOrDefault(hold, 0);
        try {
            return switch (method.number()) {
                case 0 -> acquire(core, locks, hold, holds, (Long) a[0], interruptible);
                case 1 -> {
                    if (holds == 0) {
                        throw new IllegalMonitorStateException("release of " + core.describe() + " by a thread that"
                                + " does not hold it");
                    }
                    if (holds == 1) {
                        space.rlockHolds.remove(hold);
                        Redo.call(() -> space.hazelcast.getMap(ObjectSpace.RLOCK_HOLDERS).remove(core.key));
                        unlock(locks, core.key);
                    } else {
                        space.rlockHolds.put(hold, holds - 1);
                    }
                    yield null;
                }
                case 2 -> locks.isLocked(core.key);
                case 3 -> holds > 0;
                default -> holds;
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    @Override
    public int holds(ClusterCore lock) {
        return lock.space.rlockHolds.getOrDefault(lock.key + "/" + Thread.currentThread().getId(), 0);
    }

    @Override
    public void releaseAll(ClusterCore lock) {
        ObjectSpace space = lock.space;
        space.rlockHolds.remove(lock.key + "/" + Thread.currentThread().getId());
        try {
            Redo.call(() -> space.hazelcast.getMap(ObjectSpace.RLOCK_HOLDERS).remove(lock.key));
            unlock(space.hazelcast.getMap(ObjectSpace.RLOCKS), lock.key);
        } catch (HazelcastException e) {
            throw lock.unavailable(e);
        }
    }

    @Override
    public Acquisition reacquire(ClusterCore lock, int holds) throws InterruptedException {
        String hold = lock.key + "/" + Thread.currentThread().getId();
        try {
            Acquisition a = acquire(lock, lock.space.hazelcast.getMap(ObjectSpace.RLOCKS), hold, 0, Shape.FOREVER,
                    false);
            lock.space.rlockHolds.put(hold, holds);
            return a;
        } catch (HazelcastException e) {
            throw lock.unavailable(e);
        }
    }

    private static Acquisition acquire(ClusterCore core, IMap<String, String> locks, String hold, int holds,
                                       long timeout, boolean interruptible) throws InterruptedException {
        ObjectSpace space = core.space;
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (holds > 0) {
            space.rlockHolds.put(hold, holds + 1);
            return Acquisition.TAKEN;
        }
        long deadline = timeout == Shape.FOREVER ? Long.MAX_VALUE : System.nanoTime() + timeout;
        boolean pending = false;
        space.waiting(core.key, 1);
        try {
            while (true) {
                long left = timeout == Shape.FOREVER ? TimeUnit.MILLISECONDS.toNanos(SLICE_MILLIS)
                        : Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(SLICE_MILLIS));
                // the slice runs with the interrupt cleared, so the cluster never grants the lock to a
                // wait this thread abandoned; an interrupt is seen between slices
                pending |= Thread.interrupted();
                boolean taken;
                try {
                    taken = left <= 0 ? locks.tryLock(core.key) : locks.tryLock(core.key, left, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    pending = true; // interrupted during the slice: seen below, or kept for later
                    taken = false;
                } catch (HazelcastException e) {
                    if (!Redo.inDoubt(e)) {
                        throw e;
                    }
                    letGo(locks, core.key); // the dead member may have granted it: start again from nothing
                    taken = false;
                }
                if (pending && interruptible) {
                    pending = false;
                    if (taken) {
                        unlock(locks, core.key);
                    }
                    throw new InterruptedException("interrupted while waiting for " + core.describe());
                }
                if (taken) {
                    String me = space.endpoint + "/" + Thread.currentThread().getId();
                    String before = Redo.call(() -> space.hazelcast.<String, String>getMap(ObjectSpace.RLOCK_HOLDERS)
                            .put(core.key, me));
                    space.rlockHolds.put(hold, 1);
                    return before == null || before.equals(me) ? Acquisition.TAKEN : new Acquisition(true, true);
                }
                if (timeout != Shape.FOREVER && deadline - System.nanoTime() <= 0) {
                    return Acquisition.FAILED;
                }
            }
        } finally {
            space.waiting(core.key, -1);
            if (pending) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Releases a lock this thread holds once; a release whose member died with it is made sure of. */
    private static void unlock(IMap<String, String> locks, String key) {
        try {
            locks.unlock(key);
        } catch (HazelcastException e) {
            if (!Redo.inDoubt(e)) {
                throw e;
            }
            letGo(locks, key);
        }
    }

    /**
     * Releases every hold this thread may have of the lock, after a call whose member died before
     * answering: Hazelcast's lock counts re-entries, and a grant sent again would be counted twice.
     */
    private static void letGo(IMap<String, String> locks, String key) {
        while (true) {
            try {
                Redo.call(() -> {
                    locks.unlock(key);
                    return null;
                });
            } catch (IllegalMonitorStateException e) {
                return; // this thread holds it no more
            }
        }
    }
}
