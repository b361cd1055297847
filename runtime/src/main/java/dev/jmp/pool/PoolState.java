package dev.jmp.pool;

import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a pool knows that several threads change, behind one lock: its lifecycle, its queue,
 * its workers and what each holds. Submitting threads, workers' reader threads, reapers and
 * {@code cancel()} all come here for a decision, taken under the lock, and act on it (send,
 * retire, kill, start a worker, deliver) after they have left it. Nothing here calls a backend, a
 * sink that completes a result, or user code, so the lock is never held across any of them.
 *
 * <p>The invariant, true whenever the lock is free:
 * <ul>
 *   <li><b>Lifecycle.</b> {@code RUNNING → SHUTDOWN → TERMINATING | BROKEN}, or
 *       {@code RUNNING → TERMINATING | BROKEN}; {@code TERMINATING} and {@code BROKEN} are final
 *       (a broken pool that is terminated stays broken; a terminating one does not break). Only
 *       {@code RUNNING} accepts jobs.</li>
 *   <li><b>Queue.</b> Jobs not yet sent, in order, none of them empty; {@code queuedTasks} is the
 *       sum of their sizes. Jobs are added while {@code RUNNING}, or put back at its head when a
 *       dead worker had not started them; it is emptied, every job lost, when the pool terminates
 *       or breaks.</li>
 *   <li><b>Workers</b> ({@link Staffing}). {@code live} holds every worker started and not yet
 *       reported exited; {@code reserved} counts those decided on and not yet in {@code live}
 *       (or given up), and {@code live.size() + reserved} never exceeds the pool's processes but
 *       for a retiring worker's replacement, until it has exited.
 *       {@code idle} holds the live workers that are ready, not retiring, hold fewer batches than
 *       the backend's credit, and found nothing to take when they last looked ({@code parked}).
 *       A worker's {@code inFlight} holds the batches sent to it and not yet answered in full,
 *       oldest first, never more than the credit; its {@code tasksSent} counts every task sent to
 *       it and never exceeds {@code maxTasksPerChild}. A retiring worker is sent nothing more, and
 *       its exit is no death. {@code killedToCancel} is set once, by the first {@code cancel(true)}
 *       that kills the worker.</li>
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

    /** A worker's exit as the pool saw it: what it held, and what its end means. */
    record Exit(List<Batch> held, Lifecycle lifecycle, BrokenPoolException broken, WorkerDeaths.Start start,
                boolean replace, String killedToCancel) {}

    private final Object lock = new Object();
    private final Batching batching;
    private final int credit;
    private final Staffing staff;
    private Lifecycle lifecycle = Lifecycle.RUNNING;
    private BrokenPoolException broken;
    /** Exits reported and not yet settled: what they mean for the pool is still to be decided. */
    private int exitsSettling;

    PoolState(PoolConfig config, int credit) {
        this.batching = new Batching(config);
        this.credit = Math.max(1, credit);
        this.staff = new Staffing(config.processes(), config.onDemand());
    }

    /** Reserves the start of one more worker, if the pool may have one more; whether it did. */
    boolean reserve() {
        synchronized (lock) {
            return staff.reserve();
        }
    }

    /** A reserved worker will not be started after all. */
    void unreserve() {
        synchronized (lock) {
            staff.unreserve();
            lock.notifyAll();
        }
    }

    /**
     * For a pool that starts its workers on demand, as Python's executor does: how many to start
     * for the tasks no idle worker took, now reserved.
     */
    int reserveForQueue() {
        synchronized (lock) {
            return lifecycle == Lifecycle.RUNNING ? staff.reserveFor(batching.queuedTasks()) : 0;
        }
    }

    /** A worker's process is up: the pool's workers can start. */
    void started() {
        synchronized (lock) {
            if (staff.markStarted()) {
                lock.notifyAll();
            }
        }
    }

    /**
     * Waits until a worker's process is up, or no worker is left to start, or the pool stopped;
     * returns the reason it broke, if it did.
     */
    BrokenPoolException awaitStarted() throws InterruptedException {
        synchronized (lock) {
            while (!staff.wasStarted() && lifecycle == Lifecycle.RUNNING && (staff.anyToCome() || exitsSettling > 0)) {
                lock.wait();
            }
            return lifecycle == Lifecycle.BROKEN ? broken : null;
        }
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
            while (!staff.idle.isEmpty()) {
                Worker w = staff.idle.pop();
                w.parked = false;
                if (!fill(w)) {
                    staff.park(w);
                    break;
                }
                posted.add(w);
                if (w.inFlight.size() < credit) {
                    staff.park(w); // room for more once the queue has it
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

    /** The worker is ready for batches. */
    Step ready(Worker w) {
        synchronized (lock) {
            w.ready = true;
            if (staff.markStarted()) {
                lock.notifyAll();
            }
            return next(w);
        }
    }

    /** Under the lock: the next batches of a worker with room, its retirement, or parking it. */
    private Step next(Worker w) {
        if (w.retiring || lifecycle == Lifecycle.TERMINATING || lifecycle == Lifecycle.BROKEN) {
            return Step.NONE;
        }
        if (batching.budget(w) == 0) {
            if (!w.inFlight.isEmpty()) {
                return Step.NONE; // retired once it has answered what it holds
            }
            w.retiring = true;
            boolean replace = lifecycle == Lifecycle.RUNNING || !batching.isEmpty();
            if (replace) {
                staff.reserveReplacement();
            }
            return new Step(false, true, replace, false);
        }
        boolean posted = fill(w);
        if (!posted && w.inFlight.isEmpty() && lifecycle == Lifecycle.SHUTDOWN) {
            w.retiring = true;
            w.released = true;
            return new Step(false, true, false, true);
        }
        if (w.inFlight.size() < credit) {
            staff.park(w);
        }
        return posted ? Step.FLUSH : Step.NONE;
    }

    /** Under the lock: posts batches to {@code w} up to its credit, each now in flight; whether any. */
    private boolean fill(Worker w) {
        boolean posted = false;
        Batch b;
        while (w.inFlight.size() < credit && batching.budget(w) > 0 && (b = batching.take(w)) != null) {
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

    /** A reserved worker about to start. */
    void added(Worker w) {
        synchronized (lock) {
            staff.added(w);
        }
    }

    /** A worker whose start failed: it never runs; {@code retry}: another is started in its place. */
    void launchFailed(Worker w, boolean retry) {
        synchronized (lock) {
            staff.removed(w);
            if (retry) {
                staff.reserveReplacement();
            }
            lock.notifyAll();
        }
    }

    /** Whether the pool stops every worker: one started now must be stopped too. */
    boolean stopping() {
        synchronized (lock) {
            return lifecycle == Lifecycle.TERMINATING || lifecycle == Lifecycle.BROKEN;
        }
    }

    /**
     * Worker {@code w} exited: it is forgotten, and what it held is handed back for settling,
     * which ends with {@link #exitSettled()}.
     */
    Exit exited(Worker w, WorkerExit how, boolean jvmExiting) {
        synchronized (lock) {
            exitsSettling++;
            staff.removed(w);
            List<Batch> held = new ArrayList<>(w.inFlight);
            w.inFlight.clear();
            WorkerDeaths.Start start = WorkerDeaths.Start.of(w, how);
            boolean replace = !w.retiring && !jvmExiting
                    && (start == WorkerDeaths.Start.READY || start == WorkerDeaths.Start.KILLED)
                    && (lifecycle == Lifecycle.RUNNING
                            || lifecycle == Lifecycle.SHUTDOWN && (!held.isEmpty() || !batching.isEmpty()));
            if (replace) {
                staff.reserveReplacement();
            }
            lock.notifyAll();
            return new Exit(held, lifecycle, broken, start, replace, w.killedToCancel);
        }
    }

    /** An exit was settled: the pool broke, a replacement was started, or neither was needed. */
    void exitSettled() {
        synchronized (lock) {
            exitsSettling--;
            lock.notifyAll();
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
            List<Worker> retiring = new ArrayList<>();
            for (Worker w : staff.idle) {
                if (w.inFlight.isEmpty()) { // idle means nothing is queued
                    w.retiring = true;
                    w.released = true;
                    retiring.add(w);
                }
            }
            staff.clearIdle();
            return retiring;
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
                for (Worker w : staff.live) {
                    if (w.ready && !w.retiring && w.inFlight.isEmpty() && w.killedToCancel == null) {
                        w.retiring = true;
                        w.released = true;
                        released.add(w);
                    }
                }
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
        List<Job<?>> dropped = batching.drain();
        staff.clearIdle();
        return new Stop(dropped, new ArrayList<>(staff.live));
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

    /** Stopped taking jobs and every worker is gone. */
    boolean isTerminated() {
        synchronized (lock) {
            return lifecycle != Lifecycle.RUNNING && staff.live.isEmpty();
        }
    }

    /** Waits up to {@code millis} (negative: forever) until every worker has exited and been handled. */
    boolean awaitWorkersGone(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (lock) {
            while (!staff.live.isEmpty()) {
                if (millis < 0) {
                    lock.wait();
                } else {
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        return false;
                    }
                    lock.wait(left);
                }
            }
            return true;
        }
    }
}
