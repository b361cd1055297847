package dev.jmp.pool;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Task;
import dev.jmp.base.Deadline;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A pool of worker JVMs that run {@link dev.jmp.ProcessTask} tasks; Python's
 * {@code multiprocessing.Pool}. Workers start once and serve many tasks; a task is a generated
 * factory's {@link Task}, and a map takes the factory method itself.
 *
 * <pre>{@code
 * try (Pool pool = new Pool(4)) {
 *     List<Integer> squares = pool.map(MathsTasks::square, List.of(1, 2, 3, 4, 5));
 *     int cube = pool.apply(MathsTasks.cube(3));
 * }
 * }</pre>
 *
 * <p>Python's {@code ctx.Pool(4)} is {@code new Pool(4, ctx)}; with more options,
 * {@link #builder()} names each one, as Python's keyword arguments do.
 *
 * <p>Python to Java: {@code apply}, {@code apply_async}, {@code map}, {@code map_async},
 * {@code imap}, {@code imap_unordered}, {@code starmap}, {@code starmap_async} are the
 * camel-cased methods here; {@code close()} is {@link #shutdown()} (no new tasks, workers exit
 * when the queued ones are done), {@link #terminate()} and {@link #join()} keep their names, and
 * {@code with Pool() as p:} is try-with-resources, whose {@link #close()} terminates, as Python's
 * {@code __exit__} does. Blocking calls throw a {@link TaskFailedException} whose cause is the
 * task's exception with the worker's stack trace.
 *
 * <p>With the {@link dev.jmp.StartMethod#THREAD} context, or as a {@link ThreadPool}, the workers
 * are threads of this JVM running the same tasks; the pool is otherwise the same.
 *
 * <p>Beyond Python: a worker killed while running a task fails only that task, with a
 * {@link WorkerDiedException} naming its pid and signal, and is replaced. Workers are daemons: a
 * pool that is never closed does not keep the JVM from exiting, and its workers end with it; one
 * that becomes unreachable unclosed has its workers terminated when it is garbage collected, with
 * a {@code [jmp.pool.unclosed]} warning (its pending results keep it reachable until they are
 * ready).
 * Callbacks run on the pool's reader threads and should return quickly. Safe to use from any
 * thread.
 */
public sealed class Pool implements AutoCloseable permits ThreadPool {

    private final WorkerPool workers;

    /** One worker per CPU. */
    public Pool() {
        this(Multiprocessing.cpuCount());
    }

    /** {@code processes} workers. */
    public Pool(int processes) {
        this(processes, null, 0);
    }

    /** Workers that each run {@code initializer} (null for none) once, before any task. */
    public Pool(int processes, Task<?> initializer) {
        this(processes, initializer, 0);
    }

    /**
     * Workers replaced after {@code maxTasksPerChild} tasks each (0: never), which frees what
     * tasks leak; each task of a map's chunk counts.
     */
    public Pool(int processes, Task<?> initializer, int maxTasksPerChild) {
        this(processes, initializer, maxTasksPerChild, Multiprocessing.defaultContext());
    }

    /** {@code processes} workers started by {@code context}, with its JVM options; Python's {@code ctx.Pool(processes)}. */
    public Pool(int processes, Context context) {
        this(processes, null, 0, context);
    }

    /**
     * Workers started by {@code context}, with its JVM options. Returns once the first worker's
     * JVM is up; throws a {@link BrokenPoolException} saying why when none can start (no
     * {@code java}, a JVM option it refuses), leaving no worker running.
     */
    public Pool(int processes, Task<?> initializer, int maxTasksPerChild, Context context) {
        this(PoolConfig.of("Pool", processes, initializer, maxTasksPerChild, context, "SpawnPoolWorker", false));
    }

    /** A pool of workers made as {@code config} says; tests give it a backend that records the protocol. */
    Pool(PoolConfig config) {
        this.workers = WorkerPool.start(config);
        Unclosed.watch(this, workers, "try (Pool pool = new Pool(...)) { ... }, or call terminate() or shutdown()");
    }

    /**
     * A builder of a pool whose options read by name, as Python's keyword arguments do; each
     * option left out keeps the default of the constructors.
     *
     * <pre>{@code
     * try (Pool pool = Pool.builder().processes(4).context(ctx).initializer(SetupTasks.connect())
     *         .maxTasksPerChild(100).build()) { ... }
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Runs {@code task} in a worker and waits for its result; Python's {@code apply}. */
    public <R> R apply(Task<R> task) throws InterruptedException {
        return applyAsync(task).join();
    }

    /** Runs {@code task} in a worker without waiting; Python's {@code apply_async}. */
    public <R> AsyncResult<R> applyAsync(Task<R> task) {
        return applyAsync(task, null, null);
    }

    /** Like {@link #applyAsync(Task)}, calling {@code callback} with the result. */
    public <R> AsyncResult<R> applyAsync(Task<R> task, Consumer<? super R> callback) {
        return applyAsync(task, callback, null);
    }

    /**
     * Like {@link #applyAsync(Task)}, calling {@code callback} with the result or
     * {@code errorCallback} with the task's exception (either may be null).
     */
    public <R> AsyncResult<R> applyAsync(Task<R> task, Consumer<? super R> callback,
                                         Consumer<? super Throwable> errorCallback) {
        AsyncResult<R> result = new AsyncResult<>(callback, errorCallback, this);
        workers.submit(List.of(Job.single(task, ResultSinks.single(result))));
        return result;
    }

    /** {@code function} applied to every item, in workers, results in input order; Python's {@code map}. */
    public <T, R> List<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items)
            throws InterruptedException {
        return mapAsync(function, items).join();
    }

    /** Like {@link #map(Function, Iterable)}, {@code chunksize} items per message to a worker. */
    public <T, R> List<R> map(Function<? super T, Task<R>> function, Iterable<? extends T> items, int chunksize)
            throws InterruptedException {
        return mapAsync(function, items, chunksize).join();
    }

    /** {@link #map(Function, Iterable)} without waiting; Python's {@code map_async}. */
    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, Task<R>> function, Iterable<? extends T> items) {
        return mapAsync(function, items, 0, null, null);
    }

    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                               int chunksize) {
        return mapAsync(function, items, chunksize, null, null);
    }

    /**
     * {@link #map(Function, Iterable, int)} without waiting; {@code chunksize} 0 picks one, and
     * the callbacks (either may be null) get the list or the first failure.
     */
    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                               int chunksize, Consumer<? super List<R>> callback,
                                               Consumer<? super Throwable> errorCallback) {
        return Mapping.map(workers, this, function, items, chunksize, callback, errorCallback);
    }

    /**
     * The results of {@code function} over {@code items}, in input order, as they are ready;
     * Python's {@code imap}. The input is read as the results are consumed, a few chunks ahead,
     * so it may be endless. An input that throws, as Python's does, gives the results of the whole
     * chunks read before it; {@code next()} then throws its exception and the iteration ends.
     */
    public <T, R> ResultIterator<R> imap(Function<? super T, Task<R>> function, Iterable<? extends T> items) {
        return imap(function, items, 1);
    }

    public <T, R> ResultIterator<R> imap(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                        int chunksize) {
        return Mapping.lazy(workers, this, function, items, chunksize, true);
    }

    /** Like {@link #imap(Function, Iterable)}, results in the order they finish. */
    public <T, R> ResultIterator<R> imapUnordered(Function<? super T, Task<R>> function, Iterable<? extends T> items) {
        return imapUnordered(function, items, 1);
    }

    public <T, R> ResultIterator<R> imapUnordered(Function<? super T, Task<R>> function, Iterable<? extends T> items,
                                                 int chunksize) {
        return Mapping.lazy(workers, this, function, items, chunksize, false);
    }

    /**
     * Tasks with their arguments already bound, results in order; Python's {@code starmap},
     * since a factory call is what {@code f(*args)} is there.
     */
    public <R> List<R> starmap(Iterable<? extends Task<R>> tasks) throws InterruptedException {
        return starmapAsync(tasks, 0).join();
    }

    /** {@code function} applied to each pair: {@code pool.starmap(MathsTasks::pow, List.of(Map.entry(2, 8)))}. */
    public <A, B, R> List<R> starmap(BiFunction<? super A, ? super B, Task<R>> function,
                                     Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs)
            throws InterruptedException {
        return starmapAsync(function, pairs, 0).join();
    }

    /** {@link #starmap(Iterable)} without waiting, {@code chunksize} 0 picking one. */
    public <R> AsyncResult<List<R>> starmapAsync(Iterable<? extends Task<R>> tasks, int chunksize) {
        return Mapping.all(workers, this, Mapping.<Task<R>, R>tasks(Function.identity(), tasks), chunksize, null, null);
    }

    public <A, B, R> AsyncResult<List<R>> starmapAsync(BiFunction<? super A, ? super B, Task<R>> function,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize) {
        Function<Map.Entry<? extends A, ? extends B>, Task<R>> spread = e -> function.apply(e.getKey(), e.getValue());
        return Mapping.map(workers, this, spread, pairs, chunksize, null, null);
    }

    /** No more tasks; workers exit once the queued ones are done. Python's {@code close()}. */
    public void shutdown() {
        PoolStopping.shutdown(workers);
        Reference.reachabilityFence(this); // not cleaned up as forgotten while it is being shut down
    }

    /** Stops every worker now; unfinished tasks fail with a cancellation. Returns once no worker is left. */
    public void terminate() throws InterruptedException {
        try {
            PoolStopping.terminate(workers);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** Waits for every worker to exit; only after {@link #shutdown()} or {@link #terminate()}. */
    public void join() throws InterruptedException {
        if (workers.state.isRunning()) {
            throw new IllegalStateException("[jmp.pool.still-running] join() waits for workers to exit, "
                    + "which they do not while the pool runs; call shutdown() or terminate() first");
        }
        PoolStopping.awaitWorkersGone(workers, Deadline.NONE);
    }

    /**
     * {@link #terminate()}, as Python's {@code with} block does on exit, but the workers that run
     * no task then are not stopped: they go back to the context's reservoir of workers, and the
     * next pool or executor started the same way takes them, warm
     * ({@link dev.jmp.Context#withWorkerReuse}). Unfinished tasks fail with a cancellation, and a
     * worker running one is stopped with it. Returns once no worker of this pool is left.
     */
    @Override
    public void close() {
        try {
            PoolStopping.close(workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * The options of a {@link Pool}, by name; Python's {@code Pool(processes=..., initializer=...,
     * maxtasksperchild=..., context=...)}. Not safe for use by several threads.
     */
    public static final class Builder {

        private Integer processes;
        private Task<?> initializer;
        private int maxTasksPerChild;
        private Context context;

        private Builder() {}

        /** How many workers; one per CPU if left out. */
        public Builder processes(int processes) {
            this.processes = processes;
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

        /** The context that starts the workers; the default context if left out (or null). */
        public Builder context(Context context) {
            this.context = context;
            return this;
        }

        /** A new pool with these options, its workers starting. */
        public Pool build() {
            return new Pool(processes != null ? processes : Multiprocessing.cpuCount(), initializer, maxTasksPerChild,
                    context != null ? context : Multiprocessing.defaultContext());
        }
    }
}
