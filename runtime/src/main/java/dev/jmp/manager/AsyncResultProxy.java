package dev.jmp.manager;

import dev.jmp.manager.core.AsyncResultMethods;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.Shape;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The result of a {@link PoolProxy}'s task run without waiting, held by the manager; Python's
 * {@code AsyncResult} of a manager's pool. Any process holding the proxy may wait for it.
 *
 * <pre>{@code
 * AsyncResultProxy<Integer> r = pool.applyAsync(MathsTasks.square(7));
 * System.out.println(r.get());   // 49
 * }</pre>
 *
 * @param <R> the task's result type
 */
public final class AsyncResultProxy<R> extends AbstractProxy {

    static {
        Proxies.shareable(AsyncResultProxy.class);
    }

    AsyncResultProxy(ProxyCore core) {
        super(core);
    }

    /**
     * Waits for the result and returns it.
     *
     * @throws ExecutionException whose cause is the task's exception
     */
    public R get() throws InterruptedException, ExecutionException {
        try {
            return get(null);
        } catch (TimeoutException e) {
            throw new IllegalStateException("a wait without limit timed out", e);
        }
    }

    /**
     * Waits at most {@code timeout} (null: no limit) for the result; Python's {@code get(timeout)}.
     *
     * @throws ExecutionException whose cause is the task's exception
     * @throws TimeoutException   when it was not ready in time; the task goes on
     */
    @SuppressWarnings("unchecked")
    public R get(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return (R) core.callInterruptibly(AsyncResultMethods.GET, Timeouts.nanos(timeout));
    }

    /** Waits until the result is ready; Python's {@code wait()}. */
    public void await() throws InterruptedException {
        core.callInterruptibly(AsyncResultMethods.AWAIT, Shape.FOREVER);
    }

    /** Waits at most {@code timeout} (null: no limit); returns whether the result is ready. */
    public boolean await(Duration timeout) throws InterruptedException {
        return core.callInterruptibly(AsyncResultMethods.AWAIT, Timeouts.nanos(timeout));
    }

    /** Whether the task has finished, successfully or not; Python's {@code ready()}. */
    public boolean isReady() {
        return core.call(AsyncResultMethods.IS_READY);
    }

    /**
     * Whether the task finished without an exception; Python's {@code successful()}.
     *
     * @throws IllegalStateException when it is not ready yet
     */
    public boolean isSuccessful() {
        return core.call(AsyncResultMethods.IS_SUCCESSFUL);
    }
}
