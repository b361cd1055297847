package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
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
public final class LockProxy extends ManagedLockProxy {

    static {
        Proxies.shareable(LockProxy.class);
    }

    LockProxy(ProxyCore core) {
        super(core);
    }

    @Override
    WireOutput acquireCall(long nanos) {
        WireOutput out = core.call(Op.ACQUIRE);
        out.writeLong(nanos);
        return out;
    }

    @Override
    public void release() {
        call(Op.RELEASE);
    }

    /** Whether some thread, of any process, holds the lock now. */
    public boolean isLocked() {
        return call(Op.IS_LOCKED).readBoolean();
    }
}
