package dev.jmp.pool;

import dev.jmp.launch.parent.ChildProcess;
import java.util.ArrayList;
import java.util.List;

/**
 * The ends of a pool: {@link #shutdown} lets queued work finish and then retires the workers
 * (Python's {@code close()}); {@link #terminate} stops everything now and waits until no worker
 * is left; {@link #awaitWorkersGone} is {@code join}.
 */
final class PoolStopping {

    /** How long a terminated worker gets to run its shutdown hooks before it is killed. */
    private static final long GRACE_MILLIS = 2_000;

    private PoolStopping() {}

    static void shutdown(WorkerPool pool) {
        List<Worker> retiring;
        synchronized (pool.lock) {
            if (pool.state != WorkerPool.State.RUNNING) {
                return;
            }
            pool.state = WorkerPool.State.SHUTDOWN;
            retiring = new ArrayList<>(pool.idle); // idle means nothing is queued
            pool.idle.clear();
            for (Worker w : retiring) {
                w.retiring = true;
            }
        }
        retiring.forEach(Worker::retire);
    }

    static void terminate(WorkerPool pool) throws InterruptedException {
        List<Job<?>> dropped;
        List<Worker> workers;
        synchronized (pool.lock) {
            dropped = pool.drainQueue();
            if (pool.state != WorkerPool.State.BROKEN) {
                pool.state = WorkerPool.State.TERMINATING;
            }
            workers = new ArrayList<>(pool.live);
            pool.idle.clear();
        }
        RuntimeException cancelled = WorkerPool.terminated("the pool was terminated before this task ran");
        for (Job<?> job : dropped) {
            WorkerDeaths.lose(job, cancelled);
        }
        for (Worker w : workers) {
            signal(w, false);
        }
        for (Worker w : workers) {
            ChildProcess child = w.child();
            if (child != null && !child.await(GRACE_MILLIS)) {
                signal(w, true);
                child.await(GRACE_MILLIS);
            }
        }
        awaitWorkersGone(pool, -1);
    }

    private static void signal(Worker w, boolean force) {
        ChildProcess child = w.child();
        if (child != null) {
            child.signal(force);
        }
    }

    /** Waits up to {@code millis} (negative: forever) until every worker has exited and been handled. */
    static boolean awaitWorkersGone(WorkerPool pool, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (pool.lock) {
            while (!pool.live.isEmpty()) {
                if (millis < 0) {
                    pool.lock.wait();
                } else {
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        return false;
                    }
                    pool.lock.wait(left);
                }
            }
            return true;
        }
    }
}
