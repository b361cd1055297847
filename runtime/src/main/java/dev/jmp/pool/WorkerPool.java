package dev.jmp.pool;

import dev.jmp.launch.CurrentProcess;
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

    WorkerPool(PoolConfig config) {
        this.config = config;
        this.backend = config.backend().workers(config.launch(), config.initializer());
        this.state = new PoolState(config, backend.credit());
        this.deaths = new WorkerDeaths(this);
        for (int i = 0; i < config.processes(); i++) {
            spawn(0);
        }
    }

    /** Queues {@code jobs} and hands work to idle workers. */
    void submit(List<? extends Job<?>> jobs) {
        state.enqueue(jobs);
        dispatchIdle();
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
        act(w, state.ready(w));
    }

    private void act(Worker w, PoolState.Step step) {
        if (step.flush()) {
            w.flush();
        }
        if (step.retire()) {
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
     * Starts one worker; it takes work once its initializer has run. {@code lostStarts} counts the
     * starts in a row, ending with the one this worker replaces, that were lost to a signal or to
     * a start that failed; after {@link WorkerDeaths#MAX_LOST_STARTS} of them the pool breaks.
     */
    void spawn(int lostStarts) {
        if (ShutdownSequence.hasStarted()) {
            return;
        }
        String child = CurrentProcess.nextChildName();
        String name = config.workerKind() + child.substring(child.indexOf('-'));
        Worker w;
        try {
            w = Worker.create(this, name, lostStarts);
        } catch (RuntimeException e) {
            deaths.breakPool(new BrokenPoolException("[jmp.pool.worker-start] cannot prepare worker " + name
                    + ": " + e + "; check that java.io.tmpdir is writable", e));
            return;
        }
        state.added(w);
        try {
            w.handle().start();
        } catch (RuntimeException e) {
            state.launchFailed(w);
            // A start also fails when its process is killed while it execs the JVM: try again,
            // a few times, before taking it for a java that cannot be run.
            if (lostStarts + 1 < WorkerDeaths.MAX_LOST_STARTS) {
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
