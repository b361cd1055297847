package dev.jmp.manager.server;

import dev.jmp.manager.core.AsyncResultMethods;
import dev.jmp.manager.core.Shape;
import dev.jmp.pool.AsyncResult;
import java.time.Duration;

/** The result of a task a {@link ServedPool} runs without waiting: the pool's {@link AsyncResult}. */
final class ServedAsyncResult {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedAsyncResult>()
            .on(AsyncResultMethods.GET, (r, a, c) -> {
                long timeout = (Long) a[0];
                return timeout == Shape.FOREVER ? r.result.get() : r.result.get(Duration.ofNanos(timeout));
            })
            .on(AsyncResultMethods.AWAIT, (r, a, c) -> {
                long timeout = (Long) a[0];
                return r.result.await(timeout == Shape.FOREVER ? null : Duration.ofNanos(timeout));
            })
            .on(AsyncResultMethods.IS_READY, (r, a, c) -> r.result.isReady())
            .on(AsyncResultMethods.IS_SUCCESSFUL, (r, a, c) -> r.result.isSuccessful())
            .dispatcher(AsyncResultMethods.TABLE, false);

    private final AsyncResult<?> result;

    ServedAsyncResult(AsyncResult<?> result) {
        this.result = result;
    }
}
