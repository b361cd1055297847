package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/** A lock: not reentrant, and, as in Python, any caller may release it. */
final class ServedLock extends ServedObject implements ServedLockable {

    private boolean locked;

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        switch (op) {
            case ACQUIRE -> {
                long deadline = Deadlines.of(in.readLong());
                in.expectEnd();
                boolean acquired = acquire(null, deadline);
                out.writeBoolean(acquired);
                if (acquired) {
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
    public synchronized boolean acquire(Owner owner, long deadline) throws InterruptedException {
        while (locked) {
            if (!Deadlines.await(this, deadline)) {
                return false;
            }
        }
        locked = true;
        return true;
    }

    @Override
    public synchronized void release(Owner owner) {
        if (!locked) {
            throw new IllegalStateException("release of an unlocked Lock");
        }
        locked = false;
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
    public void restore(Owner owner, int saved) throws InterruptedException {
        acquire(owner, Deadlines.NONE);
    }
}
