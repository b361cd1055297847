package dev.jmp.pool;

import dev.jmp.Task;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every map-like verb shares: calling the factory on each item (so an argument that cannot
 * be encoded fails the call itself, before anything is sent), cutting the calls into chunks, and
 * the default chunk size.
 */
final class Mapping {

    /** Chunks per worker when the caller does not choose a chunk size: Python's choice. */
    static final int CHUNKS_PER_WORKER = 4;
    /** Tasks an imap keeps submitted ahead of its consumer, at least. */
    static final int LAZY_WINDOW_TASKS = 256;

    private Mapping() {}

    /** Calls {@code function} on every item, on this thread. */
    static <T, R> List<Task<? extends R>> tasks(Function<? super T, ? extends Task<? extends R>> function,
                                                Iterable<? extends T> items) {
        List<Task<? extends R>> tasks = items instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
        for (T item : items) {
            tasks.add(function.apply(item));
        }
        return tasks;
    }

    /** Python's default: about {@value #CHUNKS_PER_WORKER} chunks per worker. */
    static int defaultChunksize(int tasks, int processes) {
        int chunks = processes * CHUNKS_PER_WORKER;
        return Math.max(1, (tasks + chunks - 1) / chunks);
    }

    static <R> AsyncResult<List<R>> all(WorkerPool pool, Object owner, List<Task<? extends R>> tasks, int chunksize,
                                        Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback) {
        if (chunksize < 0) {
            throw new IllegalArgumentException("[jmp.pool.chunksize] chunksize is " + chunksize
                    + "; pass a positive size, or 0 to let the pool choose");
        }
        int n = tasks.size();
        int size = chunksize == 0 ? defaultChunksize(n, pool.config.processes()) : chunksize;
        AsyncResult<List<R>> result = new AsyncResult<>(callback, errorCallback, owner);
        JobSink<R> sink = ResultSinks.all(tasks, result);
        List<Job<?>> jobs = new ArrayList<>(n / size + 1);
        for (int from = 0; from < n; from += size) {
            jobs.add(new Job<>(tasks, from, Math.min(n, from + size), sink, false));
        }
        if (!jobs.isEmpty()) {
            pool.submit(jobs);
        }
        return result;
    }

    static <T, R> ResultIterator<R> lazy(WorkerPool pool, Object owner, Function<? super T, ? extends Task<? extends R>> function,
                                         Iterable<? extends T> items, int chunksize, boolean ordered) {
        long window = Math.max((long) CHUNKS_PER_WORKER * pool.config.processes() * chunksize, LAZY_WINDOW_TASKS);
        return new LazyResults<>(pool, owner, items.iterator(), function, chunksize, window, ordered, null, true);
    }
}
