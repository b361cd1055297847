package dev.jmp.pool;

import dev.jmp.launch.CurrentProcess;
import dev.jmp.base.Deadline;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerBackend;
import dev.jmp.spi.WorkerHandle;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The engine under {@link Pool} and {@link ProcessPoolExecutor}: a queue of {@link Job}s cut into
 * {@link Batch}es, and the workers of a {@link WorkerBackend} that run them. What it knows lives
 * in its {@link PoolState}; this class carries the state's decisions out.
 *
 * <p>A batch's life: a submitting thread queues jobs and hands batches to idle workers
 * ({@link #submit}); the backend carries each batch to its worker and its outcomes back, which
 * arrive on the backend's thread for that worker ({@link #outcomes}); on the last outcome of a
 * batch the worker's next batch is sent before the outcomes are delivered to their sinks, which
 * decode them with the tasks' own decoders. A worker's death is settled by {@link WorkerDeaths}
 * from what its backend reports.
 *
 * <p>No thread of its own: submitting threads and the backend's threads do all the work.
 */
final class WorkerPool {

    final PoolConfig config;
    final WorkerBackend backend;
    final PoolState state;
    private final WorkerDeaths deaths;

    private WorkerPool(PoolConfig config) {
        this.config = config;
        this.backend = config.backend().workers(config.launch(), config.initializer(), config.daemonWorkers());
        this.state = new PoolState(config, backend.credit(), backend.chunkCredit());
        this.deaths = new WorkerDeaths(this);
    }

    /**
     * A pool whose workers are starting: all of them, or for an on-demand pool the first one.
     * Returns once a worker's process is up, so that a pool whose workers cannot start at all (no
     * {@code java}, a JVM option it refuses, a class path without jmp) throws here, with the
     * reason, rather than failing its first task.
     *
     * @throws BrokenPoolException when no worker could start; none is left running
     */
    static WorkerPool start(PoolConfig config) {
        WorkerPool pool = new WorkerPool(config);
        int initial = config.onDemand() ? 1 : config.processes();
        for (int i = 0; i < initial && !pool.state.stopping() && pool.state.turnover.reserve(); i++) {
            pool.spawn(0);
        }
        try {
            BrokenPoolException broken = pool.state.turnover.awaitStarted();
            if (broken != null) {
                PoolStopping.awaitWorkersGone(pool, Deadline.NONE);
                throw new BrokenPoolException(broken.getMessage(), broken.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the pool goes on starting; its first use sees the outcome
        }
        return pool;
    }

    /**
     * Queues {@code jobs} and hands work to idle workers; an on-demand pool starts a worker for
     * each task none of them took, up to its processes.
     */
    void submit(List<? extends Job<?>> jobs) {
        state.enqueue(jobs);
        dispatchIdle();
        for (int n = state.turnover.reserveForQueue(); n > 0; n--) {
            spawn(0);
        }
    }

    /** Hands queued work to every idle worker, sending on this thread. */
    void dispatchIdle() {
        for (Worker w : state.dispatchIdle()) {
            w.flush();
        }
    }

    /** Outcomes from a worker, for tasks {@code first ..} of its oldest batch in flight. */
    void outcomes(Worker w, long batchId, int first, List<Outcome> outcomes, long busyNanos) {
        state.sampled(outcomes.size(), busyNanos);
        PoolState.Answer answer = state.answered(w, batchId, first + outcomes.size());
        if (answer.next() != null) {
            act(w, answer.next());
        }
        answer.batch().deliver(first, outcomes);
    }

    /** The worker ran its initializer and takes batches. */
    void ready(Worker w) {
        act(w, state.turnover.ready(w));
    }

    private void act(Worker w, PoolState.Step step) {
        if (step.flush()) {
            w.flush();
        }
        if (step.released()) {
            w.handle().release();
        } else if (step.retire()) {
            w.handle().retire();
            if (step.replace()) {
                spawn(0);
            }
        }
    }

    /**
     * {@code cancel(true)} of a running task: kills the worker that has it, if it still has it.
     * The worker's exit then settles what it held as for any death ({@link WorkerDeaths}), saying
     * why it died, and a new worker replaces it.
     */
    void killToCancel(Placement placement, String task) {
        WorkerHandle handle = state.killToCancel(placement, task);
        if (handle != null) {
            handle.kill();
        }
    }

    /**
     * Starts one worker, whose start the pool's state has reserved; it takes work once its
     * initializer has run. {@code lostStarts} counts the starts in a row, ending with the one this
     * worker replaces, that were lost to a signal or to a start that failed; after
     * {@link WorkerDeaths#MAX_LOST_STARTS} of them the pool breaks. While the JVM exits, workers
     * start until it stops its children: an executor may need them to finish its work.
     */
    void spawn(int lostStarts) {
        if (ShutdownSequence.hasReached(ShutdownSequence.Phase.CHILDREN) || state.stopping()) {
            state.turnover.unreserve();
            return;
        }
        String child = CurrentProcess.nextChildName();
        String name = config.workerKind() + child.substring(child.indexOf('-'));
        Worker w;
        try {
            w = Worker.create(this, name, lostStarts);
        } catch (RuntimeException e) {
            state.turnover.unreserve();
            deaths.breakPool(new BrokenPoolException("[jmp.pool.worker-start] cannot prepare worker " + name
                    + ": " + e + "; check that java.io.tmpdir is writable", e));
            return;
        }
        state.turnover.added(w);
        try {
            w.handle().start();
        } catch (RuntimeException e) {
            // A start also fails when its process is killed while it execs the JVM: try again,
            // a few times, before taking it for a java that cannot be run.
            boolean retry = lostStarts + 1 < WorkerDeaths.MAX_LOST_STARTS;
            state.turnover.launchFailed(w, retry);
            if (retry) {
                spawn(lostStarts + 1);
            } else {
                deaths.breakPool(new BrokenPoolException("[jmp.pool.worker-start] cannot start worker " + name
                        + ", the " + WorkerDeaths.MAX_LOST_STARTS + "th start in a row to fail: " + e.getMessage(), e));
            }
            return;
        }
        if (state.stopping()) {
            w.handle().kill(); // terminate() did not see it yet
        }
    }

    WorkerDeaths deaths() {
        return deaths;
    }

    static CancellationException terminated(String what) {
        return new CancellationException("[jmp.pool.terminated] " + what);
    }
}
