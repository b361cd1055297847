package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/** A reentrant lock, owned by the thread (of whichever process) that acquired it. */
final class ServedRLock extends ServedObject implements ServedLockable {

    private Owner owner;
    private int count;

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        Owner caller = Owner.read(in);
        switch (op) {
            case ACQUIRE -> {
                long deadline = Deadlines.of(in.readLong());
                in.expectEnd();
                boolean acquired = acquire(caller, deadline);
                out.writeBoolean(acquired);
                if (acquired) {
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
    public synchronized boolean acquire(Owner caller, long deadline) throws InterruptedException {
        if (caller.equals(owner)) {
            count++;
            return true;
        }
        while (owner != null) {
            if (!Deadlines.await(this, deadline)) {
                return false;
            }
        }
        owner = caller;
        count = 1;
        return true;
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
    public synchronized void restore(Owner caller, int saved) throws InterruptedException {
        while (owner != null) {
            wait();
        }
        owner = caller;
        count = saved;
    }
}
