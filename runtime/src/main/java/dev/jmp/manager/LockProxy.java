package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A lock held by a manager; Python's {@code manager.Lock()}, also a
 * {@link java.util.concurrent.locks.Lock}. Not reentrant, and, as in Python, any thread of any
 * process may release it; releasing it while unlocked throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * LockProxy lock = manager.lock();
 * try (Acquired held = lock.hold()) {
 *     counter.set(counter.get() + 1);
 * }
 * }</pre>
 */
public final class LockProxy extends AbstractProxy implements Lock {

    static {
        Proxies.shareable(LockProxy.class);
    }

    LockProxy(ProxyCore core) {
        super(core);
    }

    private WireOutput acquireCall(long nanos) {
        WireOutput out = core.call(Op.ACQUIRE);
        out.writeLong(nanos);
        return out;
    }

    /** Waits as long as it takes; not interruptible, like {@link Lock#lock()}. */
    public void acquire() {
        Proxies.uninterruptibly(() -> core.invokeInterruptibly(acquireCall(Op.FOREVER)));
    }

    /** Waits at most {@code timeout}; returns whether it got the lock. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return core.invokeInterruptibly(acquireCall(Timeouts.nanos(timeout))).readBoolean();
    }

    /** Takes the lock only if it is free now; Python's {@code acquire(False)}. */
    public boolean tryAcquire() {
        return core.invoke(acquireCall(0)).readBoolean();
    }

    /** Acquires, and releases when the returned handle is closed. */
    public Acquired hold() {
        acquire();
        return new Acquired(this::release);
    }

    public void release() {
        call(Op.RELEASE);
    }

    /** Whether some thread, of any process, holds the lock now. */
    public boolean isLocked() {
        return call(Op.IS_LOCKED).readBoolean();
    }

    @Override
    public void lock() {
        acquire();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        core.invokeInterruptibly(acquireCall(Op.FOREVER));
    }

    @Override
    public boolean tryLock() {
        return tryAcquire();
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return core.invokeInterruptibly(acquireCall(Timeouts.nanos(time, unit))).readBoolean();
    }

    @Override
    public void unlock() {
        release();
    }

    /** A new condition of the same manager, bound to this lock. */
    @Override
    public Condition newCondition() {
        return Proxies.newCondition(core, this);
    }
}
