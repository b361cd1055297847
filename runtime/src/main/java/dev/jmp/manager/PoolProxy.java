package dev.jmp.manager;

import dev.jmp.ProcessTask;
import dev.jmp.Task;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.task.Tasks;
import dev.jmp.manager.core.PoolMethods;
import dev.jmp.manager.core.ProxyCore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A process pool held by a manager; Python's {@code manager.Pool(processes)}: its workers are
 * children of the manager's server, and any process holding the proxy submits to the same pool.
 * Tasks are {@link ProcessTask} tasks, as for {@link dev.jmp.pool.Pool}; each crosses to the
 * server as its entry and encoded arguments, and its result comes back as a manager value (a
 * {@code String}, a primitive box, a record, a collection of those, ...).
 *
 * <pre>{@code
 * try (PoolProxy pool = manager.pool(4)) {
 *     List<Integer> squares = pool.map(MathsTasks::square, List.of(1, 2, 3));   // [1, 4, 9]
 * }
 * }</pre>
 *
 * <p>A task that fails makes {@code apply} and {@code map} throw the task's own exception, as
 * Python's does, when it is unchecked (a checked one comes as a {@link RemoteException} naming
 * it); an {@link AsyncResultProxy} throws an {@link java.util.concurrent.ExecutionException}
 * with it as the cause. {@link #close()} terminates the workers.
 */
public final class PoolProxy extends AbstractProxy implements AutoCloseable {

    static {
        Proxies.shareable(PoolProxy.class);
    }

    PoolProxy(ProxyCore core) {
        super(core);
    }

    /** Runs {@code task} in a worker and waits for its result; Python's {@code apply}. */
    @SuppressWarnings("unchecked")
    public <R> R apply(Task<R> task) throws InterruptedException {
        return (R) core.callInterruptibly(PoolMethods.APPLY, Tasks.call(task));
    }

    /** Runs {@code task} in a worker without waiting; Python's {@code apply_async}. */
    @SuppressWarnings("unchecked")
    public <R> AsyncResultProxy<R> applyAsync(Task<R> task) {
        return (AsyncResultProxy<R>) core.call(PoolMethods.APPLY_ASYNC, Tasks.call(task));
    }

    /** {@code function} applied to every item, in workers, results in input order; Python's {@code map}. */
    public <T, R> List<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items)
            throws InterruptedException {
        return map(function, items, 1);
    }

    /** Like {@link #map(Function, Iterable)}, {@code chunksize} items per message to a worker. */
    @SuppressWarnings("unchecked")
    public <T, R> List<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items, int chunksize)
            throws InterruptedException {
        return (List<R>) core.callInterruptibly(PoolMethods.MAP, calls(function, items), chunksize);
    }

    /** Like {@link #map(Function, Iterable)}, without waiting; Python's {@code map_async}. */
    @SuppressWarnings("unchecked")
    public <T, R> AsyncResultProxy<List<R>> mapAsync(Function<? super T, Task<R>> function, Iterable<? extends T> items) {
        return (AsyncResultProxy<List<R>>) core.call(PoolMethods.MAP_ASYNC, calls(function, items), 1);
    }

    /** The tasks, made here: only their entries and encoded arguments cross. */
    private static <T> List<TaskCall> calls(Function<? super T, ? extends Task<?>> function, Iterable<? extends T> items) {
        List<TaskCall> calls = new ArrayList<>();
        for (T item : items) {
            calls.add(Tasks.call(function.apply(item)));
        }
        return calls;
    }

    /** Stops the workers at once; tasks not finished fail. Python's {@code terminate()}. */
    public void terminate() {
        core.call(PoolMethods.TERMINATE);
    }

    /** {@link #terminate()}, as Python's {@code with pool:} does. */
    @Override
    public void close() {
        terminate();
    }
}
