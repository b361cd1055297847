package dev.jmp.pool;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A result of {@link ProcessPoolExecutor#map(java.util.function.Function, Iterable, Duration)}
 * was not ready within the map's timeout, measured from the call to {@code map}; Python's
 * {@code TimeoutError} from {@code Executor.map(..., timeout=)}. An {@link java.util.Iterator}'s
 * {@code next()} cannot throw the checked {@link TimeoutException}, so this unchecked exception
 * carries one as its cause.
 *
 * <p>When it is thrown, the map's tasks that had not started are cancelled, as Python's map
 * cancels its futures, and the iterator ends: {@code hasNext()} is false. Tasks already running
 * finish in their workers and their results are dropped.
 */
public final class MapTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long index;
    private final Duration timeout;

    MapTimeoutException(String message, long index, Duration timeout) {
        super(message, new TimeoutException(message));
        this.index = index;
        this.timeout = timeout;
    }

    /** The position, in input order from 0, of the result that was not ready. */
    public long index() {
        return index;
    }

    /** The map's timeout. */
    public Duration timeout() {
        return timeout;
    }
}
