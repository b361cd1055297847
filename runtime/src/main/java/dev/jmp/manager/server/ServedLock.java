package dev.jmp.manager.server;

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
    private boolean holderGone;

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        switch (op) {
            case ACQUIRE -> {
                long deadline = Deadlines.of(in.readLong());
                in.expectEnd();
                int status = acquire(new Owner(context.process(), 0), deadline);
                ServedLockable.writeAcquired(out, status);
                if (status != TIMED_OUT) {
                    context.onReplyLost(() -> release(null));
                }
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
    public synchronized int acquire(Owner owner, long deadline) throws InterruptedException {
        while (locked) {
            if (!Deadlines.await(this, deadline)) {
                return TIMED_OUT;
            }
        }
        locked = true;
        holder = owner.process();
        boolean tookOver = holderGone;
        holderGone = false;
        return tookOver ? TAKEN_OVER : ACQUIRED;
    }

    @Override
    public synchronized void release(Owner owner) {
        if (!locked) {
            throw new IllegalStateException("release of an unlocked Lock");
        }
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
    public int restore(Owner owner, int saved) throws InterruptedException {
        return acquire(owner, Deadlines.NONE);
    }

    @Override
    public synchronized boolean ownerGone(long process) {
        if (!locked || process == 0 || holder != process) {
            return false;
        }
        locked = false;
        holder = 0;
        holderGone = true;
        notify();
        return true;
    }
}
