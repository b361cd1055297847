package dev.jmp.pool;

import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The ends of a pool: {@link #shutdown} lets queued work finish and then retires the workers
 * (Python's {@code close()}); {@link #terminate} stops everything now and waits until no worker
 * is left; {@link #awaitWorkersGone} is {@code join}.
 */
final class PoolStopping {

    private PoolStopping() {}

    static void shutdown(WorkerPool pool) {
        for (Worker w : pool.state.shutdown()) {
            w.handle().retire();
        }
    }

    static void terminate(WorkerPool pool) throws InterruptedException {
        PoolState.Stop stop = pool.state.terminate();
        RuntimeException cancelled = WorkerPool.terminated("the pool was terminated before this task ran");
        for (Job<?> job : stop.dropped()) {
            WorkerDeaths.lose(job, cancelled);
        }
        List<WorkerHandle> handles = new ArrayList<>(stop.workers().size());
        for (Worker w : stop.workers()) {
            handles.add(w.handle());
        }
        pool.backend.stop(handles);
        awaitWorkersGone(pool, -1);
    }

    /** Waits up to {@code millis} (negative: forever) until every worker has exited and been handled. */
    static boolean awaitWorkersGone(WorkerPool pool, long millis) throws InterruptedException {
        return pool.state.awaitWorkersGone(millis);
    }
}
