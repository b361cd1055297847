package dev.jmp.manager;

import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.LockMethods;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.ProxyCore;

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
public final class LockProxy extends ManagedLockProxy {

    static {
        Proxies.shareable(LockProxy.class);
    }

    LockProxy(ProxyCore core) {
        super(core);
    }

    @Override
    Method<Acquisition> acquireMethod() {
        return LockMethods.ACQUIRE;
    }

    @Override
    public void release() {
        core.call(LockMethods.RELEASE);
    }

    /** Whether some thread, of any process, holds the lock now. */
    public boolean isLocked() {
        return core.call(LockMethods.IS_LOCKED);
    }
}
