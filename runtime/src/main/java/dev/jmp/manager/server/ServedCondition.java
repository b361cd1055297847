package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.ConditionMethods;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A condition variable over a Lock or RLock of the same server. A waiter enqueues itself before
 * it releases the lock, as Python's {@code threading.Condition} does, so a notify sent between
 * the release and the wait is not lost.
 */
final class ServedCondition {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedCondition>()
            .on(ConditionMethods.ACQUIRE, (k, a, c) -> {
                Hold hold = k.lock.acquire(c.owner(), Deadlines.of((Long) a[0]));
                return ServedLockable.granted(c, k.lock, hold, true);
            })
            .on(ConditionMethods.RELEASE, (k, a, c) -> {
                k.lock.release(c.owner());
                return null;
            })
            .on(ConditionMethods.AWAIT, (k, a, c) -> k.await(c, Deadlines.of((Long) a[0])))
            .on(ConditionMethods.SIGNAL, (k, a, c) -> {
                k.notify(c.owner(), (Integer) a[0]);
                return null;
            })
            .on(ConditionMethods.SIGNAL_ALL, (k, a, c) -> {
                k.notify(c.owner(), Integer.MAX_VALUE);
                return null;
            })
            .dispatcher(ConditionMethods.TABLE, false);

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

    /**
     * Waits; replies whether it was signalled, and whether taking the lock back took it over.
     * Interrupted, which on the server means its caller is gone, it leaves the lock released and
     * passes on a signal it was given.
     */
    private Acquisition await(CallContext context, Deadline deadline) throws InterruptedException {
        Owner caller = context.owner();
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
        return ServedLockable.granted(context, lock, lock.restore(caller, saved), signalled);
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
