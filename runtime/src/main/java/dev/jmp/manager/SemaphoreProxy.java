package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.time.Duration;

/**
 * A semaphore held by a manager; Python's {@code manager.Semaphore(n)} and
 * {@code manager.BoundedSemaphore(n)}. A bounded one throws {@link IllegalStateException} when
 * released more times than acquired.
 *
 * <pre>{@code
 * SemaphoreProxy slots = manager.semaphore(2);
 * try (Acquired slot = slots.hold()) {
 *     download();
 * }
 * }</pre>
 */
public final class SemaphoreProxy extends AbstractProxy {

    static {
        Proxies.shareable(SemaphoreProxy.class);
    }

    SemaphoreProxy(ProxyCore core) {
        super(core);
    }

    private WireOutput acquireCall(long nanos) {
        WireOutput out = core.call(Op.ACQUIRE);
        out.writeLong(nanos);
        return out;
    }

    public void acquire() throws InterruptedException {
        core.invokeInterruptibly(acquireCall(Op.FOREVER));
    }

    /** Waits at most {@code timeout}; returns whether it got a permit. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return core.invokeInterruptibly(acquireCall(Timeouts.nanos(timeout))).readBoolean();
    }

    public boolean tryAcquire() {
        return core.invoke(acquireCall(0)).readBoolean();
    }

    /** Acquires a permit, and releases it when the returned handle is closed. */
    public Acquired hold() throws InterruptedException {
        acquire();
        return new Acquired(this::release);
    }

    public void release() {
        call(Op.RELEASE);
    }

    public int availablePermits() {
        return call(Op.AVAILABLE).readInt();
    }
}
