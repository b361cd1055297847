package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.RLockMethods;

/**
 * A reentrant lock, owned by the thread (of whichever process) that acquired it, and released
 * if that thread's process goes while holding it.
 */
final class ServedRLock implements ServedLockable {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedRLock>()
            .on(RLockMethods.ACQUIRE, (l, a, c) -> {
                Hold hold = l.acquire(c.owner(), Deadlines.of((Long) a[0]));
                return ServedLockable.granted(c, l, hold, true);
            })
            .on(RLockMethods.RELEASE, (l, a, c) -> {
                l.release(c.owner());
                return null;
            })
            .on(RLockMethods.IS_LOCKED, (l, a, c) -> l.isLocked())
            .on(RLockMethods.IS_HELD_BY_CALLER, (l, a, c) -> l.isOwnedBy(c.owner()))
            .on(RLockMethods.HOLD_COUNT, (l, a, c) -> l.holdCount(c.owner()))
            .dispatcher(RLockMethods.TABLE, false);

    private Owner owner;
    private int count;
    /** Counts changes of owner, so that a late undo never releases a later owner's holds. */
    private long generation;
    /** Whether the owner has had a reply for one of its holds; an owner that goes before is not reported. */
    private boolean confirmed;
    private boolean ownedTookOver;
    private boolean ownerGone;

    @Override
    public synchronized Hold acquire(Owner caller, Deadline deadline) throws InterruptedException {
        if (caller.equals(owner)) {
            count++;
            return new Hold(generation, 1, false);
        }
        while (owner != null) {
            if (!deadline.waitOn(this)) {
                return null;
            }
        }
        return take(caller, 1);
    }

    private Hold take(Owner caller, int holds) {
        owner = caller;
        count = holds;
        generation++;
        confirmed = false;
        ownedTookOver = ownerGone;
        ownerGone = false;
        return new Hold(generation, holds, ownedTookOver);
    }

    @Override
    public synchronized void release(Owner caller) {
        if (!caller.equals(owner)) {
            throw new IllegalMonitorStateException("release of an RLock the calling thread does not hold");
        }
        if (--count == 0) {
            free();
        }
    }

    private void free() {
        owner = null;
        count = 0;
        notify();
    }

    @Override
    public synchronized boolean isOwnedBy(Owner caller) {
        return caller.equals(owner);
    }

    private synchronized int holdCount(Owner caller) {
        return caller.equals(owner) ? count : 0;
    }

    private synchronized boolean isLocked() {
        return owner != null;
    }

    @Override
    public synchronized int releaseAll(Owner caller) {
        if (!caller.equals(owner)) {
            throw new IllegalMonitorStateException("the calling thread does not hold the RLock");
        }
        int saved = count;
        free();
        return saved;
    }

    @Override
    public synchronized Hold restore(Owner caller, int saved) throws InterruptedException {
        while (owner != null) {
            wait();
        }
        return take(caller, saved);
    }

    @Override
    public synchronized void confirm(Hold hold) {
        if (owner != null && generation == hold.generation()) {
            confirmed = true;
        }
    }

    @Override
    public synchronized void revoke(Hold hold) {
        if (owner == null || generation != hold.generation()) {
            return;
        }
        count -= hold.holds();
        if (count <= 0) {
            free();
            ownerGone = ownedTookOver && !confirmed; // a take-over never reported: the next owner is told
        }
    }

    @Override
    public synchronized boolean ownerGone(long process) {
        if (owner == null || process == 0 || owner.process() != process) {
            return false;
        }
        free();
        ownerGone = confirmed || ownedTookOver;
        return true;
    }
}
