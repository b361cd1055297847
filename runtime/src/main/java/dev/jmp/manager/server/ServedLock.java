package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/**
 * A lock: not reentrant, and, as in Python, any caller may release it. It remembers the process
 * that acquired it, so it is released if that process goes while holding it.
 */
final class ServedLock extends ServedObject implements ServedLockable {

    private boolean locked;
    private long holder;
    /** Counts acquisitions, so that a late undo never releases a later holder's lock. */
    private long generation;
    /** Whether the holder has its reply; a holder that goes before is not reported. */
    private boolean confirmed;
    private boolean heldTookOver;
    private boolean holderGone;

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        switch (op) {
            case ACQUIRE -> {
                Deadline deadline = Deadlines.of(in.readLong());
                in.expectEnd();
                Hold hold = acquire(new Owner(context.process(), 0), deadline);
                ServedLockable.writeAcquired(out, hold);
                ServedLockable.pending(context, this, hold);
            }
            case RELEASE -> {
                in.expectEnd();
                release(null);
            }
            case IS_LOCKED -> {
                in.expectEnd();
                out.writeBoolean(isOwnedBy(null));
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of a lock");
        }
    }

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
