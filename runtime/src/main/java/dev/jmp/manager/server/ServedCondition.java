package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A condition variable over a Lock or RLock of the same server. A waiter enqueues itself before
 * it releases the lock, as Python's {@code threading.Condition} does, so a notify sent between
 * the release and the wait is not lost.
 */
final class ServedCondition extends ServedObject {

    /** One waiting call, signalled at most once. */
    private static final class Waiter {
        private boolean signalled;

        synchronized boolean await(Deadline deadline) throws InterruptedException {
            while (!signalled && deadline.waitOn(this)) {
                // woken: look again
            }
            return signalled;
        }

        synchronized void signal() {
            signalled = true;
            notify();
        }
    }

    private final ServedLockable lock;
    private final Deque<Waiter> waiters = new ArrayDeque<>();

    ServedCondition(ServedLockable lock) {
        this.lock = lock;
    }

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        Owner caller = Owner.read(in);
        switch (op) {
            case ACQUIRE -> {
                Hold hold = lock.acquire(caller, Deadlines.of(in.readLong()));
                ServedLockable.writeAcquired(out, hold);
                ServedLockable.pending(context, lock, hold);
            }
            case RELEASE -> lock.release(caller);
            case WAIT -> ServedLockable.pending(context, lock, await(caller, Deadlines.of(in.readLong()), out));
            case NOTIFY -> notify(caller, in.readInt());
            case NOTIFY_ALL -> notify(caller, Integer.MAX_VALUE);
            default -> throw new UnsupportedOperationException(op + " is not a method of a condition");
        }
        in.expectEnd();
    }

    /**
     * Waits; replies whether it was signalled, and whether taking the lock back took it over.
     * Interrupted, which on the server means its caller is gone, it leaves the lock released and
     * passes on a signal it was given.
     */
    private Hold await(Owner caller, Deadline deadline, WireOutput out) throws InterruptedException {
        Waiter waiter = new Waiter();
        synchronized (this) {
            requireOwner(caller, "wait on");
            waiters.addLast(waiter);
        }
        int saved = lock.releaseAll(caller);
        boolean signalled;
        try {
            signalled = waiter.await(deadline);
        } catch (InterruptedException e) {
            synchronized (this) {
                if (!waiters.remove(waiter) && !waiters.isEmpty()) {
                    waiters.removeFirst().signal();
                }
            }
            throw e;
        }
        if (!signalled) {
            synchronized (this) {
                // A notify may have picked this waiter just as its time ran out.
                signalled = !waiters.remove(waiter);
            }
        }
        Hold hold = lock.restore(caller, saved);
        out.writeBoolean(signalled);
        out.writeBoolean(hold.tookOver());
        return hold;
    }

    private synchronized void notify(Owner caller, int n) {
        requireOwner(caller, "notify");
        for (int i = 0; i < n && !waiters.isEmpty(); i++) {
            waiters.removeFirst().signal();
        }
    }

    private void requireOwner(Owner caller, String verb) {
        if (!lock.isOwnedBy(caller)) {
            throw new IllegalMonitorStateException("cannot " + verb + " a Condition without holding its lock");
        }
    }
}
