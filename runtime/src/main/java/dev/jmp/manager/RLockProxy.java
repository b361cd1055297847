package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
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
public final class RLockProxy extends ManagedLockProxy {

    static {
        Proxies.shareable(RLockProxy.class);
    }

    RLockProxy(ProxyCore core) {
        super(core);
    }

    @Override
    WireOutput acquireCall(long nanos) {
        WireOutput out = ownedCall(Op.ACQUIRE);
        out.writeLong(nanos);
        return out;
    }

    @Override
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
}
