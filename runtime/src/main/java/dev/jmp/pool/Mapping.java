package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.task.ArgumentCapture;
import dev.jmp.internal.task.ArgumentChunk;
import dev.jmp.internal.task.Tasks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every map-like verb shares: calling the factory on each item (so an argument that cannot
 * be encoded fails the call itself, before anything is sent), cutting the calls into chunks, and
 * the default chunk size. {@code map}, {@code mapAsync} and {@code starmap} of a factory write the
 * arguments of a chunk's tasks into one buffer as the factory is called ({@link #map}); the
 * chunk then runs in its worker as one frame, in the entry's generated loop, and its results are
 * decoded from the frame that brings them back.
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

    /**
     * {@code function} over {@code items}, all results at once. On a backend that runs chunks the
     * factory calls write their arguments into chunks of the map's chunk size
     * ({@link ArgumentCapture}), one buffer per chunk instead of an array and a task each.
     */
    static <T, R> AsyncResult<List<R>> map(WorkerPool pool, Object owner,
                                           Function<? super T, ? extends Task<? extends R>> function,
                                           Iterable<? extends T> items, int chunksize,
                                           Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback) {
        checkChunksize(chunksize);
        if (!pool.backend.runsChunks()) {
            return all(pool, owner, tasks(function, items), chunksize, callback, errorCallback);
        }
        Iterable<? extends T> input = items;
        int size = chunksize;
        if (chunksize == 0) {
            List<? extends T> listed = items instanceof Collection<? extends T> c ? null : list(items);
            input = listed == null ? items : listed;
            int n = listed == null ? ((Collection<?>) items).size() : listed.size();
            size = defaultChunksize(n, pool.config.processes());
        }
        List<Task<? extends R>> tasks = input instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
        try (ArgumentCapture capture = ArgumentCapture.open(size)) {
            for (T item : input) {
                capture.arm(tasks.size());
                tasks.add(capture.settle(function.apply(item)));
            }
        }
        return all(pool, owner, tasks, size, callback, errorCallback);
    }

    private static <T> List<T> list(Iterable<? extends T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static void checkChunksize(int chunksize) {
        if (chunksize < 0) {
            throw new IllegalArgumentException("[jmp.pool.chunksize] chunksize is " + chunksize
                    + "; pass a positive size, or 0 to let the pool choose");
        }
    }

    static <R> AsyncResult<List<R>> all(WorkerPool pool, Object owner, List<Task<? extends R>> tasks, int chunksize,
                                        Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback) {
        checkChunksize(chunksize);
        int n = tasks.size();
        int size = chunksize == 0 ? defaultChunksize(n, pool.config.processes()) : chunksize;
        AsyncResult<List<R>> result = new AsyncResult<>(callback, errorCallback, owner);
        JobSink<R> sink = ResultSinks.all(tasks, result);
        List<Job<?>> jobs = new ArrayList<>(n / size + 1);
        for (int from = 0, to; from < n; from = to) {
            to = runEnd(tasks, from, Math.min(n, from + size));
            jobs.add(new Job<>(tasks, from, to, sink, false));
        }
        if (!jobs.isEmpty()) {
            pool.submit(jobs);
        }
        return result;
    }

    /**
     * Where a job starting at {@code from} ends, at {@code to} at most: a job holds either tasks
     * made one by one or consecutive tasks of one chunk, which travel as a part of it.
     */
    static int runEnd(List<? extends Task<?>> tasks, int from, int to) {
        ArgumentChunk first = Tasks.chunkOf(tasks.get(from));
        int firstIndex = first == null ? 0 : Tasks.indexIn(tasks.get(from));
        for (int j = from + 1; j < to; j++) {
            Task<?> task = tasks.get(j);
            ArgumentChunk chunk = Tasks.chunkOf(task);
            boolean continues = chunk == first && (first == null || Tasks.indexIn(task) == firstIndex + (j - from));
            if (!continues) {
                return j;
            }
        }
        return to;
    }

    static <T, R> ResultIterator<R> lazy(WorkerPool pool, Object owner, Function<? super T, ? extends Task<? extends R>> function,
                                         Iterable<? extends T> items, int chunksize, boolean ordered) {
        long window = Math.max((long) CHUNKS_PER_WORKER * pool.config.processes() * chunksize, LAZY_WINDOW_TASKS);
        return new LazyResults<>(pool, owner, items.iterator(), function, chunksize, window, ordered, null, true);
    }
}
