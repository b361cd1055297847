package dev.jmp.pool;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Task;
import dev.jmp.base.Deadline;
import dev.jmp.internal.task.Tasks;
import dev.jmp.pool.callable.SerializedCallables;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * An {@link ExecutorService} whose tasks run in worker JVMs; Python's
 * {@code concurrent.futures.ProcessPoolExecutor}.
 *
 * <pre>{@code
 * try (ProcessPoolExecutor executor = new ProcessPoolExecutor(3)) {
 *     CompletableFuture<Integer> nine = executor.submit(MathsTasks.square(3));
 *     List<Integer> squares = new ArrayList<>();
 *     executor.map(MathsTasks::square, List.of(1, 2, 3, 4, 5)).forEachRemaining(squares::add);
 * }
 * }</pre>
 *
 * <p>Python's {@code ProcessPoolExecutor(2, mp_context=ctx)} is {@code new ProcessPoolExecutor(2, ctx)};
 * with more options, {@link #builder()} names each one.
 *
 * <p>Tasks are {@link Task}s from generated factories. The {@code ExecutorService} methods also
 * take a {@link Callable} or {@link Runnable} that is {@link java.io.Serializable} (a
 * serializable lambda or class), which crosses to the worker through Java serialization behind a
 * filter (see {@link #submit(Callable)}); any other is code that exists only in this JVM, and is
 * rejected with a {@link RejectedExecutionException} saying how to make it work.
 * {@code CompletableFuture.supplyAsync(supplier, executor)} cannot work: it hands the executor a
 * {@code Runnable} of the JDK's own, which is not serializable. A task's exception is the cause of the {@link ExecutionException} its
 * future throws, with the worker's stack trace.
 *
 * <p>Beyond Python: a worker that dies fails only the tasks it was running (a
 * {@link WorkerDiedException}) and is replaced; the executor is not broken by it. It is broken
 * ({@link BrokenPoolException}) only when an initializer fails or workers cannot start; when no
 * worker can start at all, the constructor throws it.
 *
 * <p>As Python's, it starts its workers as tasks need them: one at first, then one more for each
 * task no idle worker takes, up to {@code maxWorkers}.
 * {@link #close()} shuts down and waits, as Python's {@code with} block and Java's
 * {@code ExecutorService.close()} both do; {@link #shutdownNow()} stops every worker at once.
 * {@code cancel(true)} of a running task's future stops the task by killing its worker, which is
 * replaced (see {@link #submit(Task)}); {@code map} takes Python's timeout
 * ({@link #map(Function, Iterable, Duration)}). An executor that becomes unreachable without being
 * shut down has its workers terminated when it is garbage collected, with a
 * {@code [jmp.pool.unclosed]} warning; its pending futures keep it reachable until they are done.
 * Work submitted to an executor never shut down is finished before the program exits, as Python
 * joins its executors at exit, unless a signal ends the program.
 */
public final class ProcessPoolExecutor implements ExecutorService, AutoCloseable {

    /** Package-private for tests, which watch it be collected. */
    final WorkerPool workers;

    /** One worker per CPU. */
    public ProcessPoolExecutor() {
        this(Multiprocessing.cpuCount());
    }

    public ProcessPoolExecutor(int maxWorkers) {
        this(maxWorkers, Multiprocessing.defaultContext());
    }

    public ProcessPoolExecutor(int maxWorkers, Context context) {
        this(maxWorkers, context, null, 0);
    }

    /**
     * Workers that each run {@code initializer} (null for none) before any task and are replaced
     * after {@code maxTasksPerChild} tasks (0: never).
     */
    public ProcessPoolExecutor(int maxWorkers, Context context, Task<?> initializer, int maxTasksPerChild) {
        this.workers = WorkerPool.start(PoolConfig.of("ProcessPoolExecutor", maxWorkers, initializer,
                maxTasksPerChild, context, "SpawnProcess", true));
        Unclosed.watch(this, workers, "try (ProcessPoolExecutor executor = new ProcessPoolExecutor(...)) { ... },"
                + " or call shutdown() or shutdownNow()");
        ExecutorsAtExit.watch(workers);
    }

    /**
     * A builder of an executor whose options read by name, as Python's keyword arguments do; each
     * option left out keeps the default of the constructors.
     *
     * <pre>{@code
     * try (ProcessPoolExecutor executor = ProcessPoolExecutor.builder().maxWorkers(2).context(ctx)
     *         .maxTasksPerChild(100).build()) { ... }
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A {@link Callable} this executor runs in a worker; called directly, it runs in this JVM. */
    public static <R> Callable<R> callable(Task<R> task) {
        return new TaskCallable<>(task);
    }

    /**
     * Runs {@code task} in a worker. Cancelling the future before a worker has the task skips it;
     * {@code cancel(true)} once it runs kills that worker, which the pool replaces, while
     * {@code cancel(false)} then returns false and lets it finish, as for any {@code Future}.
     * A task counts as running once a worker has it, as in Python. Other tasks the killed worker
     * had in hand are settled as for a dead worker: the ones it had not started go to another
     * worker, the ones it had finished keep their results, and the one it was running fails with
     * a {@link WorkerDiedException} ({@code [jmp.pool.worker-killed]}) saying why. Only tasks of
     * about a millisecond or less share a worker that way.
     */
    public <R> CompletableFuture<R> submit(Task<R> task) {
        TaskFuture<R> future = new TaskFuture<>(workers, task, this);
        try {
            workers.submit(List.of(future.job()));
        } catch (BrokenPoolException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw new RejectedExecutionException(e.getMessage(), e);
        }
        return future;
    }

    /** The results of {@code function} over {@code items}, in order; every task is submitted now. */
    public <T, R> ResultIterator<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items) {
        return map(function, items, 1);
    }

    /** Like {@link #map(Function, Iterable)}, {@code chunksize} items per message to a worker. */
    public <T, R> ResultIterator<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                       int chunksize) {
        return map(function, items, chunksize, null);
    }

    /**
     * Like {@link #map(Function, Iterable)}, with Python's {@code timeout}: if a result is not
     * ready {@code timeout} after this call, {@code next()} throws a {@link MapTimeoutException}
     * naming the result and the timeout, the tasks that have not started are cancelled and the
     * iterator ends. Tasks already running finish; their results are dropped. Null: no timeout.
     */
    public <T, R> ResultIterator<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                       Duration timeout) {
        return map(function, items, 1, timeout);
    }

    /** {@link #map(Function, Iterable, Duration)} with {@code chunksize} items per message to a worker. */
    public <T, R> ResultIterator<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                       int chunksize, Duration timeout) {
        return new LazyResults<>(workers, this, items.iterator(), function, chunksize, Long.MAX_VALUE, true, timeout,
                false);
    }

    /**
     * Runs {@code task} in a worker: one made by {@link #callable(Task)}, or one that is
     * {@link java.io.Serializable}, a serializable lambda
     * ({@code executor.submit((Callable<Integer> & Serializable) () -> 6 * 7)}) or class, which
     * crosses through Java serialization, read there through a filter that admits only its own
     * classes and those of what it captures. Its checked exceptions reach the future as
     * themselves. A callable that is not serializable is rejected with
     * {@code [jmp.pool.not-serializable]}, saying how to make it work.
     */
    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return submit(TaskCallable.task(task));
    }

    /**
     * Runs {@code task} in a worker: a serializable one (a serializable lambda or class, see
     * {@link #submit(Runnable)}); {@code result} crosses with it and is the future's value.
     */
    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return submit(SerializedCallables.task(task, result));
    }

    /**
     * Runs {@code task} in a worker, if it is {@link java.io.Serializable}; the future's value is
     * null. As for {@link #submit(Callable)}, one that is not is rejected saying how to make it work.
     */
    @Override
    public Future<?> submit(Runnable task) {
        return submit(SerializedCallables.task(task, null));
    }

    /**
     * {@link #submit(Runnable)}, whose future nobody sees: a failure of the task is printed on
     * {@code System.err}, as an uncaught exception of a thread is.
     */
    @Override
    public void execute(Runnable command) {
        Task<Object> task = SerializedCallables.task(command, null);
        String description = Tasks.call(task).description();
        submit(task).whenComplete((value, failure) -> {
            if (failure != null) {
                System.err.println("Exception in " + description + " run by execute():");
                failure.printStackTrace();
            }
        });
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return Invocations.all(this, tasks, Deadline.NONE);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return Invocations.all(this, tasks, Deadline.afterNanos(unit.toNanos(timeout)));
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return Invocations.any(this, tasks, Deadline.NONE);
        } catch (TimeoutException e) {
            throw new AssertionError(e); // no deadline, no timeout
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return Invocations.any(this, tasks, Deadline.afterNanos(unit.toNanos(timeout)));
    }

    /** No new tasks; workers exit once the submitted ones are done. Returns at once. */
    @Override
    public void shutdown() {
        PoolStopping.shutdown(workers);
        Reference.reachabilityFence(this); // not cleaned up as forgotten while it is being shut down
    }

    /**
     * Python's {@code shutdown(wait=False, cancel_futures=...)}: {@link #shutdown()}, and with
     * {@code cancelFutures} the tasks no worker has yet are cancelled (their futures throw a
     * {@link java.util.concurrent.CancellationException}); the running ones finish. Returns at
     * once; {@link #close()} or {@link #awaitTermination} waits.
     */
    public void shutdown(boolean cancelFutures) {
        if (cancelFutures) {
            PoolStopping.shutdownCancelling(workers);
        } else {
            PoolStopping.shutdown(workers);
        }
        Reference.reachabilityFence(this);
    }

    /**
     * Python 3.14's {@code terminate_workers()}: the tasks no worker has yet are cancelled, and
     * every worker is sent SIGTERM (and killed if it has not exited within a grace). A task that
     * was running fails with a {@link BrokenPoolException} ({@code [jmp.pool.workers-stopped]}),
     * as Python's with {@code BrokenProcessPool}, and the executor takes no more tasks. Returns
     * once no worker is left, where Python's returns at once.
     */
    public void terminateWorkers() {
        stopWorkers(false);
    }

    /** Python 3.14's {@code kill_workers()}: {@link #terminateWorkers()} with SIGKILL. */
    public void killWorkers() {
        stopWorkers(true);
    }

    private void stopWorkers(boolean kill) {
        try {
            PoolStopping.stopWorkers(workers, kill);
            terminated();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Stops every worker now and returns once none is left. Tasks not yet finished fail with a
     * {@link java.util.concurrent.CancellationException}; like {@code ForkJoinPool}, it returns an
     * empty list, since the waiting tasks cannot run in this JVM anyway.
     */
    @Override
    public List<Runnable> shutdownNow() {
        try {
            PoolStopping.terminate(workers);
            terminated();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Reference.reachabilityFence(this);
        }
        return new ArrayList<>();
    }

    @Override
    public boolean isShutdown() {
        return !workers.state.isRunning();
    }

    @Override
    public boolean isTerminated() {
        return terminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return PoolStopping.awaitWorkersGone(workers, Deadline.afterNanos(unit.toNanos(timeout))) && terminated();
    }

    /**
     * Whether the executor has terminated; one that has, having nothing left to finish at exit,
     * is let go by {@link ExecutorsAtExit} at once rather than when the next executor is made.
     */
    private boolean terminated() {
        boolean terminated = workers.state.turnover.isTerminated();
        if (terminated) {
            ExecutorsAtExit.forget(workers);
        }
        return terminated;
    }

    /** {@link #shutdown()}, then waits until every task is done and every worker has exited. */
    @Override
    public void close() {
        shutdown();
        try {
            PoolStopping.awaitWorkersGone(workers, Deadline.NONE);
            terminated();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The options of a {@link ProcessPoolExecutor}, by name; Python's
     * {@code ProcessPoolExecutor(max_workers=..., mp_context=..., initializer=..., max_tasks_per_child=...)}.
     * Not safe for use by several threads.
     */
    public static final class Builder {

        private Integer maxWorkers;
        private Context context;
        private Task<?> initializer;
        private int maxTasksPerChild;

        private Builder() {}

        /** How many workers; one per CPU if left out. */
        public Builder maxWorkers(int maxWorkers) {
            this.maxWorkers = maxWorkers;
            return this;
        }

        /** The context that starts the workers; the default context if left out (or null). */
        public Builder context(Context context) {
            this.context = context;
            return this;
        }

        /** A task each worker runs once, before any other; none if left out (or null). */
        public Builder initializer(Task<?> initializer) {
            this.initializer = initializer;
            return this;
        }

        /** Tasks a worker runs before it is replaced; 0, the default, for never. */
        public Builder maxTasksPerChild(int maxTasksPerChild) {
            this.maxTasksPerChild = maxTasksPerChild;
            return this;
        }

        /** A new executor with these options, its workers starting. */
        public ProcessPoolExecutor build() {
            return new ProcessPoolExecutor(maxWorkers != null ? maxWorkers : Multiprocessing.cpuCount(),
                    context != null ? context : Multiprocessing.defaultContext(), initializer, maxTasksPerChild);
        }
    }
}
