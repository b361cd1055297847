package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.LockMethods;

/**
 * A lock: not reentrant, and, as in Python, any caller may release it. It remembers the process
 * that acquired it, so it is released if that process goes while holding it.
 */
final class ServedLock implements ServedLockable {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedLock>()
            .on(LockMethods.ACQUIRE, (l, a, c) -> {
                Hold hold = l.acquire(new Owner(c.process(), 0), Deadlines.of((Long) a[0]));
                return ServedLockable.granted(c, l, hold, true);
            })
            .on(LockMethods.RELEASE, (l, a, c) -> {
                l.release(null);
                return null;
            })
            .on(LockMethods.IS_LOCKED, (l, a, c) -> l.isOwnedBy(null))
            .dispatcher(LockMethods.TABLE, false);

    private boolean locked;
    private long holder;
    /** Counts acquisitions, so that a late undo never releases a later holder's lock. */
    private long generation;
    /** Whether the holder has its reply; a holder that goes before is not reported. */
    private boolean confirmed;
    private boolean heldTookOver;
    private boolean holderGone;

    @Override
    public synchronized Hold acquire(Owner owner, Deadline deadline) throws InterruptedException {
        while (locked) {
            if (!deadline.waitOn(this)) {
                return null;
            }
        }
        locked = true;
        holder = owner.process();
        generation++;
        confirmed = false;
        heldTookOver = holderGone;
        holderGone = false;
        return new Hold(generation, 1, heldTookOver);
    }

    @Override
    public synchronized void release(Owner owner) {
        if (!locked) {
            throw new IllegalStateException("release of an unlocked Lock");
        }
        free();
    }

    private void free() {
        locked = false;
        holder = 0;
        notify();
    }

    @Override
    public synchronized boolean isOwnedBy(Owner owner) {
        return locked;
    }

    @Override
    public int releaseAll(Owner owner) {
        release(owner);
        return 1;
    }

    @Override
    public Hold restore(Owner owner, int saved) throws InterruptedException {
        return acquire(owner, Deadline.NONE);
    }

    @Override
    public synchronized void confirm(Hold hold) {
        if (locked && generation == hold.generation()) {
            confirmed = true;
        }
    }

    @Override
    public synchronized void revoke(Hold hold) {
        if (locked && generation == hold.generation()) {
            free();
            holderGone = hold.tookOver(); // the take-over was never reported: the next holder is told
        }
    }

    @Override
    public synchronized boolean ownerGone(long process) {
        if (!locked || process == 0 || holder != process) {
            return false;
        }
        free();
        holderGone = confirmed || heldTookOver;
        return true;
    }
}
