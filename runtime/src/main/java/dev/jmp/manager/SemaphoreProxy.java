package dev.jmp.manager;

import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.SemaphoreMethods;
import dev.jmp.manager.core.Shape;
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

    /** Waits as long as it takes for a permit. */
    public void acquire() throws InterruptedException {
        core.callInterruptibly(SemaphoreMethods.ACQUIRE, Shape.FOREVER);
    }

    /** Waits at most {@code timeout} (null: no limit); returns whether it got a permit. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return core.callInterruptibly(SemaphoreMethods.ACQUIRE, Timeouts.nanos(timeout));
    }

    /** Takes a permit only if one is free now; Python's {@code acquire(False)}. */
    public boolean tryAcquire() {
        return core.call(SemaphoreMethods.ACQUIRE, 0L);
    }

    /** Acquires a permit, and releases it when the returned handle is closed. */
    public Acquired hold() throws InterruptedException {
        acquire();
        return new Acquired(this::release);
    }

    public void release() {
        core.call(SemaphoreMethods.RELEASE);
    }

    public int availablePermits() {
        return core.call(SemaphoreMethods.AVAILABLE);
    }
}
