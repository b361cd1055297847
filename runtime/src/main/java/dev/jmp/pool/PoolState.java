package dev.jmp.pool;

import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a pool knows that several threads change, behind one lock: its lifecycle, its queue,
 * what each worker holds, and, through {@link WorkerTurnover}, which workers it has. Submitting
 * threads, workers' reader threads, reapers and {@code cancel()} all come here for a decision,
 * taken under the lock, and act on it (send, retire, kill, start a worker, deliver) after they
 * have left it. Nothing here calls a backend, a sink that completes a result, or user code, so the
 * lock is never held across any of them.
 *
 * <p>The invariant, true whenever the lock is free; the workers' share ("Workers": their starts,
 * idleness, retirement and exits) is stated by {@link WorkerTurnover}, this is the rest:
 * <ul>
 *   <li><b>Lifecycle.</b> {@code RUNNING → SHUTDOWN → TERMINATING | BROKEN}, or
 *       {@code RUNNING → TERMINATING | BROKEN}; {@code TERMINATING} and {@code BROKEN} are final
 *       (a broken pool that is terminated stays broken; a terminating one does not break). Only
 *       {@code RUNNING} accepts jobs.</li>
 *   <li><b>Queue.</b> Jobs not yet sent, in order, none of them empty; {@code queuedTasks} is the
 *       sum of their sizes. Jobs are added while {@code RUNNING}, or put back at its head when a
 *       dead worker had not started them; it is emptied, every job lost, when the pool terminates
 *       or breaks.</li>
 *   <li><b>Batches held.</b> A worker's {@code inFlight} holds the batches sent to it and not yet
 *       answered in full, oldest first, never more than the backend's credit, or its
 *       {@code chunkCredit} while each is a {@code chunkPart}; beyond the credit, a batch is sent
 *       only while no idle worker holds nothing ({@link Batching} says which may go). Its
 *       {@code tasksSent} counts every task sent to it and never exceeds {@code maxTasksPerChild}.
 *       Only a ready worker that is not retiring is sent a batch.</li>
 *   <li><b>Single tasks.</b> A {@link Placement} names the worker and batch its task went in while
 *       the task is sent, and neither while it is queued; once {@code cancelled}, the task is never
 *       sent again.</li>
 * </ul>
 * {@code abandoned()} of a job's sink is read under the lock, so sinks keep it to a field read.
 */
final class PoolState {

    enum Lifecycle { RUNNING, SHUTDOWN, TERMINATING, BROKEN }

    /** Where a single task is when someone cancels it. */
    enum Where { QUEUED, RUNNING, FINISHING }

    /**
     * What a worker does next: send what was posted to it ({@code flush}), or retire (and have a
     * replacement started); a worker that retires because its pool is done with it, not because
     * of {@code maxTasksPerChild}, is {@code released}, and may serve another pool.
     */
    record Step(boolean flush, boolean retire, boolean replace, boolean released) {
        static final Step NONE = new Step(false, false, false, false);
        static final Step FLUSH = new Step(true, false, false, false);
    }

    /** A worker's batch answered up to some task; {@code next} is non-null when that finished it. */
    record Answer(Batch batch, Step next) {}

    /** What a pool that stops drops: its queue, and the workers to stop. */
    record Stop(List<Job<?>> dropped, List<Worker> workers) {}

    /** The one lock of the pool's state, {@link WorkerTurnover}'s too. */
    final Object lock = new Object();
    /** The workers: their starts, idleness, retirement and exits. */
    final WorkerTurnover turnover;
    private final Batching batching;
    private final int credit;
    private final int chunkCredit;
    /** Lock: where the pool is in its life; {@link WorkerTurnover} reads it. */
    Lifecycle lifecycle = Lifecycle.RUNNING;
    /** Lock: why the pool broke, once {@code BROKEN}. */
    BrokenPoolException broken;

    PoolState(PoolConfig config, int credit, int chunkCredit) {
        this.batching = new Batching(config);
        this.credit = Math.max(1, credit);
        this.chunkCredit = Math.max(this.credit, chunkCredit);
        this.turnover = new WorkerTurnover(this, config.processes(), config.onDemand());
    }

    /** Queues {@code jobs}; refused unless running. */
    void enqueue(List<? extends Job<?>> jobs) {
        synchronized (lock) {
            if (lifecycle == Lifecycle.BROKEN) {
                throw new BrokenPoolException(broken.getMessage(), broken.getCause());
            }
            if (lifecycle != Lifecycle.RUNNING) {
                throw new IllegalStateException("[jmp.pool.not-running] the pool was " + (lifecycle == Lifecycle.SHUTDOWN
                        ? "shut down" : "terminated") + " and takes no more tasks; create a new pool");
            }
            for (Job<?> job : jobs) {
                batching.add(job);
            }
        }
    }

    /** Posts batches from the queue to the idle workers; returns the workers to flush. */
    List<Worker> dispatchIdle() {
        List<Worker> posted = new ArrayList<>();
        synchronized (lock) {
            List<Worker> idle = turnover.takeIdle();
            // Each takes what its credit allows before any takes a chunk ahead of the one it runs.
            for (boolean ahead : new boolean[] {false, true}) {
                for (Worker w : idle) {
                    if (fill(w, ahead) && !posted.contains(w)) {
                        posted.add(w);
                    }
                }
            }
            for (int i = idle.size() - 1; i >= 0; i--) { // the first taken stays the first to take
                if (hasRoom(idle.get(i))) {
                    turnover.park(idle.get(i));
                }
            }
        }
        return posted;
    }

    /** Timings of a worker's tasks, for the size of coalesced batches. */
    void sampled(int tasks, long busyNanos) {
        batching.sampled(tasks, busyNanos);
    }

    /**
     * Worker {@code w} answered tasks of batch {@code batchId} up to {@code end}; when that
     * finishes the batch, what the worker does next is decided at once.
     */
    Answer answered(Worker w, long batchId, int end) {
        synchronized (lock) {
            Batch batch = w.inFlight.peekFirst();
            if (batch == null || batch.id != batchId) {
                throw new IllegalStateException("outcomes of batch " + batchId + " from " + w
                        + ", which is running " + (batch == null ? "nothing" : "batch " + batch.id));
            }
            if (end < batch.size) {
                return new Answer(batch, null);
            }
            w.inFlight.pollFirst();
            return new Answer(batch, next(w));
        }
    }

    /** Lock held: the next batches of a worker with room, its retirement, or parking it. */
    Step next(Worker w) {
        if (w.retiring || lifecycle == Lifecycle.TERMINATING || lifecycle == Lifecycle.BROKEN) {
            return Step.NONE;
        }
        if (batching.budget(w) == 0) {
            // retired once it has answered what it holds
            return w.inFlight.isEmpty() ? turnover.retireSpent(w) : Step.NONE;
        }
        boolean posted = fill(w, !turnover.anyIdleHoldingNothing(w));
        if (!posted && w.inFlight.isEmpty() && lifecycle == Lifecycle.SHUTDOWN) {
            return turnover.releaseDone(w);
        }
        if (hasRoom(w)) {
            turnover.park(w);
        }
        return posted ? Step.FLUSH : Step.NONE;
    }

    /** Lock held: whether {@code w} may hold one more batch, should the queue have one for it. */
    private boolean hasRoom(Worker w) {
        int held = w.inFlight.size();
        return held < credit || held < chunkCredit && holdsOnlyChunkParts(w);
    }

    private static boolean holdsOnlyChunkParts(Worker w) {
        for (Batch b : w.inFlight) {
            if (!b.chunkPart) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lock held: the next batch {@code w} may be sent now, taken from the queue, or null;
     * {@code ahead}: also beyond the backend's credit, a chunk ahead of those it runs.
     */
    private Batch take(Worker w, boolean ahead) {
        if (batching.budget(w) == 0) {
            return null;
        }
        if (w.inFlight.size() < credit) {
            return batching.take(w, false);
        }
        return ahead && hasRoom(w) ? batching.take(w, true) : null;
    }

    /**
     * Lock held: posts batches to {@code w} while it has room, each now in flight; whether any.
     * {@code ahead}: beyond the credit too, which the caller allows only when no idle worker
     * holds nothing.
     */
    private boolean fill(Worker w, boolean ahead) {
        boolean posted = false;
        Batch b;
        while ((b = take(w, ahead)) != null) {
            w.inFlight.addLast(b);
            w.post(b);
            for (Job<?> job : b.jobs) {
                Placement p = job.sink().placement();
                if (p != null) {
                    p.worker = w;
                    p.batch = b;
                }
            }
            posted = true;
        }
        return posted;
    }

    /** Lock held: whether nothing is queued. */
    boolean queueEmpty() {
        return batching.isEmpty();
    }

    /** Lock held: tasks queued, for the workers an on-demand pool starts. */
    int queuedTasks() {
        return batching.queuedTasks();
    }

    /** Whether the pool stops every worker: one started now must be stopped too. */
    boolean stopping() {
        synchronized (lock) {
            return lifecycle == Lifecycle.TERMINATING || lifecycle == Lifecycle.BROKEN;
        }
    }

    /** Puts tasks a dead worker never started back at the head of the queue. */
    void requeueFirst(List<Job<?>> jobs) {
        synchronized (lock) {
            for (int i = jobs.size() - 1; i >= 0; i--) {
                Job<?> job = jobs.get(i);
                batching.addFirst(job);
                Placement p = job.sink().placement();
                if (p != null) {
                    p.worker = null;
                    p.batch = null;
                }
            }
        }
    }

    /** {@code shutdown()}: no more jobs; returns the idle workers, now retiring. */
    List<Worker> shutdown() {
        synchronized (lock) {
            if (lifecycle != Lifecycle.RUNNING) {
                return List.of();
            }
            lifecycle = Lifecycle.SHUTDOWN;
            return turnover.releaseIdle(); // idle means nothing is queued
        }
    }

    /**
     * {@code shutdown(cancelFutures=true)}: as {@link #shutdown()}, also once shut down, and
     * returns the queued jobs, which no worker has and which will never run.
     */
    Stop shutdownDroppingQueue() {
        synchronized (lock) {
            List<Job<?>> dropped = lifecycle == Lifecycle.RUNNING || lifecycle == Lifecycle.SHUTDOWN
                    ? batching.drain() : List.of();
            return new Stop(dropped, shutdown());
        }
    }

    /** {@code terminate()}: drops the queue and returns it, with every worker to stop. */
    Stop terminate() {
        synchronized (lock) {
            if (lifecycle != Lifecycle.BROKEN) {
                lifecycle = Lifecycle.TERMINATING;
            }
            return stop();
        }
    }

    /**
     * {@code close()} of a {@link Pool}: {@link #terminate()}, but the workers that hold nothing
     * and would not be stopped for a task, and those already released, are left out of the
     * workers to stop: they end no task, so they are released (the new ones added to
     * {@code released}) and may serve another pool.
     */
    Stop terminateKeepingIdle(List<Worker> released) {
        synchronized (lock) {
            if (lifecycle == Lifecycle.RUNNING || lifecycle == Lifecycle.SHUTDOWN) {
                turnover.releaseHoldingNothing(released);
            }
            Stop stop = terminate();
            stop.workers().removeIf(w -> w.released);
            return stop;
        }
    }

    /** The pool cannot go on; null when it was already broken or terminating. */
    Stop breakPool(BrokenPoolException reason) {
        synchronized (lock) {
            if (lifecycle == Lifecycle.BROKEN || lifecycle == Lifecycle.TERMINATING) {
                return null;
            }
            lifecycle = Lifecycle.BROKEN;
            broken = reason;
            return stop();
        }
    }

    private Stop stop() {
        return new Stop(batching.drain(), turnover.everyWorker());
    }

    /**
     * {@code cancel()} of a single task: QUEUED or RUNNING (then with {@code mayInterrupt}) marks it
     * cancelled; null means it cannot be cancelled (running without {@code mayInterrupt}, or its
     * outcome on the way back).
     */
    Where cancel(Placement p, boolean mayInterrupt) {
        synchronized (lock) {
            Where where = p.worker == null ? Where.QUEUED : p.worker.inFlight.contains(p.batch) ? Where.RUNNING
                    : Where.FINISHING;
            if (where == Where.FINISHING || where == Where.RUNNING && !mayInterrupt) {
                return null;
            }
            p.cancelled = true;
            return where;
        }
    }

    /**
     * The handle to kill to stop the running task of {@code p}, marking its worker as killed for
     * {@code task}; null when the task is not running any more or every worker is being stopped.
     */
    WorkerHandle killToCancel(Placement p, String task) {
        synchronized (lock) {
            Worker w = p.worker;
            if (w == null || !w.inFlight.contains(p.batch) || lifecycle == Lifecycle.TERMINATING
                    || lifecycle == Lifecycle.BROKEN) {
                return null; // its batch came back, it died, or the pool is stopping every worker anyway
            }
            if (w.killedToCancel == null) {
                w.killedToCancel = task;
            }
            return w.handle();
        }
    }

    boolean isRunning() {
        synchronized (lock) {
            return lifecycle == Lifecycle.RUNNING;
        }
    }
}
