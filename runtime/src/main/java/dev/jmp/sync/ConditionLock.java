package dev.jmp.sync;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * The lock a {@link Condition} is bound to, a {@link Lock} or an {@link RLock}, seen through the
 * few operations a condition needs; its handle says which of the two it is.
 */
final class ConditionLock {

    private final Lock lock;
    private final RLock rlock;

    ConditionLock(Lock lock, RLock rlock) {
        this.lock = lock;
        this.rlock = rlock;
    }

    void write(WireOutput out) {
        out.writeBoolean(rlock != null);
        SharedObjects.write(out, shareable());
    }

    static ConditionLock read(WireInput in) {
        return in.readBoolean()
                ? new ConditionLock(null, SharedObjects.read(in, RLock.class))
                : new ConditionLock(SharedObjects.read(in, Lock.class), null);
    }

    private ProcessShareable shareable() {
        return rlock != null ? rlock : lock;
    }

    void acquire() {
        if (rlock != null) {
            rlock.acquire();
        } else {
            lock.acquire();
        }
    }

    void release() {
        if (rlock != null) {
            rlock.release();
        } else {
            lock.release();
        }
    }

    Held hold() {
        return rlock != null ? rlock.hold() : lock.hold();
    }

    boolean isHeldByCurrentThread() {
        return rlock != null ? rlock.isHeldByCurrentThread() : lock.isHeldByCurrentThread();
    }

    /** Releases every hold of the calling thread; returns how many to restore. */
    int releaseAll() {
        return rlock != null ? rlock.releaseAll() : lock.releaseAll();
    }

    void reacquire(int holds) {
        if (rlock != null) {
            rlock.reacquire(holds);
        } else {
            lock.reacquire(holds);
        }
    }

    void close() {
        if (rlock != null) {
            rlock.close();
        } else {
            lock.close();
        }
    }
}
