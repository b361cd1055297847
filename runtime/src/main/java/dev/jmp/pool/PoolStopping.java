package dev.jmp.pool;

import dev.jmp.base.Deadline;
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
            w.handle().release();
        }
    }

    /**
     * Python's {@code shutdown(cancel_futures=True)}: as {@link #shutdown}, and the tasks no
     * worker has yet are cancelled; those running finish.
     */
    static void shutdownCancelling(WorkerPool pool) {
        PoolState.Stop stop = pool.state.shutdownDroppingQueue();
        RuntimeException cancelled = WorkerPool.terminated("the executor was shut down with cancelFutures before"
                + " this task ran");
        for (Job<?> job : stop.dropped()) {
            WorkerDeaths.lose(job, cancelled);
        }
        for (Worker w : stop.workers()) {
            w.handle().release();
        }
    }

    /**
     * Python 3.14's {@code terminate_workers()} and {@code kill_workers()}: the tasks no worker
     * has yet are cancelled, each worker is sent SIGTERM ({@code kill}: SIGKILL), and the pool is
     * broken, as Python's then is: a task that was running fails with a
     * {@link BrokenPoolException}, and so does every later submission. Returns once no worker is
     * left; a worker that outlives its SIGTERM by the backend's grace is killed.
     */
    static void stopWorkers(WorkerPool pool, boolean kill) throws InterruptedException {
        String verb = kill ? "killWorkers()" : "terminateWorkers()";
        PoolState.Stop stop = pool.state.breakPool(new BrokenPoolException("[jmp.pool.workers-stopped] " + verb
                + " stopped the executor's workers, so a task running then has no result and no task can be"
                + " submitted; create a new executor", null));
        if (stop != null) {
            RuntimeException cancelled = WorkerPool.terminated(verb + " was called before this task ran");
            for (Job<?> job : stop.dropped()) {
                WorkerDeaths.lose(job, cancelled);
            }
            List<WorkerHandle> handles = new ArrayList<>(stop.workers().size());
            for (Worker w : stop.workers()) {
                if (w.handle() != null) {
                    handles.add(w.handle());
                }
            }
            if (kill) {
                handles.forEach(WorkerHandle::kill);
            } else {
                pool.backend.stop(handles);
            }
        }
        awaitWorkersGone(pool, Deadline.NONE);
    }

    static void terminate(WorkerPool pool) throws InterruptedException {
        stop(pool, pool.state.terminate());
    }

    /**
     * A {@link Pool}'s {@code close()}: {@link #terminate}, but the workers that hold nothing are
     * released rather than stopped, so that the next pool may take them (backends that keep no
     * workers retire them); those running a task are stopped with it, as on {@code terminate()}.
     */
    static void close(WorkerPool pool) throws InterruptedException {
        List<Worker> released = new ArrayList<>();
        PoolState.Stop stop = pool.state.terminateKeepingIdle(released);
        for (Worker w : released) {
            w.handle().release();
        }
        stop(pool, stop);
    }

    private static void stop(WorkerPool pool, PoolState.Stop stop) throws InterruptedException {
        RuntimeException cancelled = WorkerPool.terminated("the pool was terminated before this task ran");
        for (Job<?> job : stop.dropped()) {
            WorkerDeaths.lose(job, cancelled);
        }
        List<WorkerHandle> handles = new ArrayList<>(stop.workers().size());
        for (Worker w : stop.workers()) {
            handles.add(w.handle());
        }
        pool.backend.stop(handles);
        awaitWorkersGone(pool, Deadline.NONE);
    }

    /** Waits until every worker has exited and been handled, or the deadline; whether they had. */
    static boolean awaitWorkersGone(WorkerPool pool, Deadline deadline) throws InterruptedException {
        return pool.state.turnover.awaitWorkersGone(deadline);
    }
}
