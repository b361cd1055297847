package dev.jmp.manager;

import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.RLockMethods;

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
public final class RLockProxy extends ManagedLockProxy {

    static {
        Proxies.shareable(RLockProxy.class);
    }

    RLockProxy(ProxyCore core) {
        super(core);
    }

    @Override
    Method<Acquisition> acquireMethod() {
        return RLockMethods.ACQUIRE;
    }

    @Override
    public void release() {
        core.call(RLockMethods.RELEASE);
    }

    /** Whether the calling thread holds it. */
    public boolean isHeldByCurrentThread() {
        return core.call(RLockMethods.IS_HELD_BY_CALLER);
    }

    /** How many times the current thread holds it; 0 when it does not. */
    public int getHoldCount() {
        return core.call(RLockMethods.HOLD_COUNT);
    }

    /** Whether some thread, of any process, holds it now. */
    public boolean isLocked() {
        return core.call(RLockMethods.IS_LOCKED);
    }
}
