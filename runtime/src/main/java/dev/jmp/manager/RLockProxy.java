package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A reentrant lock held by a manager; Python's {@code manager.RLock()}, also a
 * {@link java.util.concurrent.locks.Lock}. It is owned by the thread, of whichever process,
 * that acquired it, and only that thread may release it
 * ({@link IllegalMonitorStateException} otherwise).
 *
 * <pre>{@code
 * RLockProxy lock = manager.rLock();
 * try (Acquired outer = lock.hold(); Acquired inner = lock.hold()) {
 *     System.out.println(lock.getHoldCount());   // 2
 * }
 * }</pre>
 */
public final class RLockProxy extends AbstractProxy implements Lock {

    static {
        Proxies.shareable(RLockProxy.class);
    }

    RLockProxy(ProxyCore core) {
        super(core);
    }

    private WireOutput acquireCall(long nanos) {
        WireOutput out = ownedCall(Op.ACQUIRE);
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

    public boolean tryAcquire() {
        return core.invoke(acquireCall(0)).readBoolean();
    }

    /** Acquires, and releases when the returned handle is closed. */
    public Acquired hold() {
        acquire();
        return new Acquired(this::release);
    }

    public void release() {
        core.invoke(ownedCall(Op.RELEASE));
    }

    public boolean isHeldByCurrentThread() {
        return core.invoke(ownedCall(Op.IS_OWNED)).readBoolean();
    }

    /** How many times the current thread holds it; 0 when it does not. */
    public int getHoldCount() {
        return core.invoke(ownedCall(Op.HOLD_COUNT)).readInt();
    }

    /** Whether some thread, of any process, holds it now. */
    public boolean isLocked() {
        return core.invoke(ownedCall(Op.IS_LOCKED)).readBoolean();
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
