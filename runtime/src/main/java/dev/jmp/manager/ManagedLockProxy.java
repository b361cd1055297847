package dev.jmp.manager;

import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.Shape;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * What {@link LockProxy} and {@link RLockProxy} share: Python's verbs on top of the one acquire
 * call each of them builds, and the {@link java.util.concurrent.locks.Lock} view of them.
 */
abstract class ManagedLockProxy extends AbstractProxy implements Lock {

    ManagedLockProxy(ProxyCore core) {
        super(core);
    }

    /** The acquire method of the kind. */
    abstract Method<Acquisition> acquireMethod();

    private boolean acquire(long nanos) throws InterruptedException {
        return acquired(core.callInterruptibly(acquireMethod(), nanos));
    }

    /** Releases the lock; what may release it differs between the two kinds. */
    public abstract void release();

    /** Waits as long as it takes; not interruptible, like {@link Lock#lock()}. */
    public void acquire() {
        Proxies.uninterruptibly(() -> acquire(Shape.FOREVER));
    }

    /** Waits at most {@code timeout} (null: no limit); returns whether it got the lock. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return acquire(Timeouts.nanos(timeout));
    }

    /** Takes the lock only if it is free now; Python's {@code acquire(False)}. */
    public boolean tryAcquire() {
        return acquired(core.call(acquireMethod(), 0L));
    }

    /**
     * Whether the last acquisition through this proxy took the lock over from a process that
     * exited or was killed while holding it: the manager released it when that process's
     * connection closed, and a {@code [jmp.manager.owner-died]} warning was logged on the
     * {@code dev.jmp.manager} {@link System.Logger}. Whatever the lock guards may be half-updated.
     */
    public boolean wasRecovered() {
        return tookOver();
    }

    /** Acquires, and releases when the returned handle is closed. */
    public Acquired hold() {
        acquire();
        return new Acquired(this::release);
    }

    @Override
    public void lock() {
        acquire();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        acquire(Shape.FOREVER);
    }

    @Override
    public boolean tryLock() {
        return tryAcquire();
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return acquire(Timeouts.nanos(time, unit));
    }

    @Override
    public void unlock() {
        release();
    }

    /** A new condition of the same manager, bound to this lock. */
    @Override
    public Condition newCondition() {
        return new ConditionProxy(core.manager().create(ConditionMethods.TABLE, this));
    }
}
