package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/**
 * A reentrant lock, owned by the thread (of whichever process) that acquired it, and released
 * if that thread's process goes while holding it.
 */
final class ServedRLock extends ServedObject implements ServedLockable {

    private Owner owner;
    private int count;
    private boolean ownerGone;

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        Owner caller = Owner.read(in);
        switch (op) {
            case ACQUIRE -> {
                long deadline = Deadlines.of(in.readLong());
                in.expectEnd();
                int status = acquire(caller, deadline);
                ServedLockable.writeAcquired(out, status);
                if (status != TIMED_OUT) {
                    context.onReplyLost(() -> release(caller));
                }
            }
            case RELEASE -> {
                in.expectEnd();
                release(caller);
            }
            case IS_OWNED -> {
                in.expectEnd();
                out.writeBoolean(isOwnedBy(caller));
            }
            case HOLD_COUNT -> {
                in.expectEnd();
                out.writeInt(holdCount(caller));
            }
            case IS_LOCKED -> {
                in.expectEnd();
                out.writeBoolean(isLocked());
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of an RLock");
        }
    }

    @Override
    public synchronized int acquire(Owner caller, long deadline) throws InterruptedException {
        if (caller.equals(owner)) {
            count++;
            return ACQUIRED;
        }
        while (owner != null) {
            if (!Deadlines.await(this, deadline)) {
                return TIMED_OUT;
            }
        }
        return take(caller, 1);
    }

    private int take(Owner caller, int holds) {
        owner = caller;
        count = holds;
        boolean tookOver = ownerGone;
        ownerGone = false;
        return tookOver ? TAKEN_OVER : ACQUIRED;
    }

    @Override
    public synchronized void release(Owner caller) {
        if (!caller.equals(owner)) {
            throw new IllegalMonitorStateException("release of an RLock the calling thread does not hold");
        }
        if (--count == 0) {
            owner = null;
            notify();
        }
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
        owner = null;
        count = 0;
        notify();
        return saved;
    }

    @Override
    public synchronized int restore(Owner caller, int saved) throws InterruptedException {
        while (owner != null) {
            wait();
        }
        return take(caller, saved);
    }

    @Override
    public synchronized boolean ownerGone(long process) {
        if (owner == null || process == 0 || owner.process() != process) {
            return false;
        }
        owner = null;
        count = 0;
        ownerGone = true;
        notify();
        return true;
    }
}
