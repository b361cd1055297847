package dev.jmp.pool;

import dev.jmp.base.Deadline;
import dev.jmp.spi.WorkerExit;
import java.util.ArrayList;
import java.util.List;

/**
 * The comings and goings of a pool's workers, a part of its {@link PoolState} under the same lock
 * and the same discipline (decisions only; the callers start, send, retire, release and kill once
 * they have left the lock). A worker's start is reserved, then it is live, ready, now and then
 * parked idle, and at last retiring, because its {@code maxTasksPerChild} is spent or because the
 * pool is done with it and it holds nothing (then it is released, and may serve another pool), or
 * dead. A replacement is reserved in the decision that ends a worker, and an exit is settled by
 * {@link WorkerDeaths} before the pool counts it as done. {@link Staffing} keeps the counts.
 *
 * <p>Its share of the state's invariant ("Workers"), true whenever the lock is free:
 * <ul>
 *   <li><b>Starts.</b> {@code live} holds every worker started and not yet reported exited;
 *       {@code reserved} counts those decided on and not yet in {@code live} (or given up), and
 *       {@code live.size() + reserved} never exceeds the pool's processes but for a retiring
 *       worker's replacement, until it has exited.</li>
 *   <li><b>Idle.</b> {@code idle} holds the live workers that are ready, not retiring, have room
 *       for a batch ({@link PoolState}'s "Batches held"), and found nothing to take when they last
 *       looked; each is {@code parked}.</li>
 *   <li><b>Retiring.</b> A retiring worker is sent nothing more, and its exit is no death. One
 *       whose {@code maxTasksPerChild} is spent retires once it holds nothing; one is
 *       {@code released} only holding nothing. {@code killedToCancel} is set once, by the first
 *       {@code cancel(true)} that kills the worker.</li>
 *   <li><b>Exits.</b> {@code exitsSettling} counts exits reported and not yet settled: until they
 *       are, a pool waiting for its first worker to be up does not give up.</li>
 * </ul>
 */
final class WorkerTurnover {

    /** A worker's exit as the pool saw it: what it held, and what its end means. */
    record Exit(List<Batch> held, PoolState.Lifecycle lifecycle, BrokenPoolException broken, WorkerDeaths.Start start,
                boolean replace, String killedToCancel) {}

    private final PoolState state;
    private final Object lock;
    private final Staffing staff;
    /** Exits reported and not yet settled: what they mean for the pool is still to be decided. */
    private int exitsSettling;

    WorkerTurnover(PoolState state, int processes, boolean onDemand) {
        this.state = state;
        this.lock = state.lock;
        this.staff = new Staffing(processes, onDemand);
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
            return state.lifecycle == PoolState.Lifecycle.RUNNING ? staff.reserveFor(state.queuedTasks()) : 0;
        }
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
     * returns the reason it broke before any worker's process was up, if it did. A pool that broke
     * after that (its initializer failed, its workers were killed at every start) is returned to
     * its maker, whose first use then fails with the reason, however soon after the worker came up
     * the pool broke: which of the two the waiting thread sees first is not up to it.
     */
    BrokenPoolException awaitStarted() throws InterruptedException {
        synchronized (lock) {
            while (!staff.wasStarted() && state.lifecycle == PoolState.Lifecycle.RUNNING
                    && (staff.anyToCome() || exitsSettling > 0)) {
                lock.wait();
            }
            boolean brokeBeforeAnyStarted = !staff.wasStarted() && state.lifecycle == PoolState.Lifecycle.BROKEN;
            return brokeBeforeAnyStarted ? state.broken : null;
        }
    }

    /** The worker is ready for batches: its first ones, or parking it. */
    PoolState.Step ready(Worker w) {
        synchronized (lock) {
            w.ready = true;
            if (staff.markStarted()) {
                lock.notifyAll();
            }
            return state.next(w);
        }
    }

    /** Lock held: every idle worker, the last parked first, none of them parked any more. */
    List<Worker> takeIdle() {
        List<Worker> idle = new ArrayList<>(staff.idle);
        staff.clearIdle();
        return idle;
    }

    /** Lock held: whether an idle worker but {@code other} holds nothing, so {@code other} takes no chunk ahead. */
    boolean anyIdleHoldingNothing(Worker other) {
        for (Worker w : staff.idle) {
            if (w != other && w.inFlight.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Lock held: {@code w} has room and found nothing to take. */
    void park(Worker w) {
        staff.park(w);
    }

    /** Lock held: {@code w}, holding nothing, has run all the tasks it may; a replacement if the pool needs one. */
    PoolState.Step retireSpent(Worker w) {
        w.retiring = true;
        boolean replace = state.lifecycle == PoolState.Lifecycle.RUNNING || !state.queueEmpty();
        if (replace) {
            staff.reserveReplacement();
        }
        return new PoolState.Step(false, true, replace, false);
    }

    /** Lock held: the pool was shut down and {@code w} holds nothing and found nothing queued. */
    PoolState.Step releaseDone(Worker w) {
        release(w);
        return new PoolState.Step(false, true, false, true);
    }

    /** Lock held, the pool just shut down: the idle workers that hold nothing, now released. */
    List<Worker> releaseIdle() {
        List<Worker> released = new ArrayList<>();
        for (Worker w : staff.idle) {
            if (w.inFlight.isEmpty()) {
                release(w);
                released.add(w);
            }
        }
        staff.clearIdle();
        return released;
    }

    /**
     * Lock held, the pool closing: releases the ready workers that hold nothing and were not
     * killed to cancel a task, adding them to {@code released}.
     */
    void releaseHoldingNothing(List<Worker> released) {
        for (Worker w : staff.live) {
            if (w.ready && !w.retiring && w.inFlight.isEmpty() && w.killedToCancel == null) {
                release(w);
                released.add(w);
            }
        }
    }

    private static void release(Worker w) {
        w.retiring = true;
        w.released = true;
    }

    /** Lock held, the pool stopping them all: every live worker; none is idle any more. */
    List<Worker> everyWorker() {
        staff.clearIdle();
        return new ArrayList<>(staff.live);
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
            PoolState.Lifecycle lifecycle = state.lifecycle;
            WorkerDeaths.Start start = WorkerDeaths.Start.of(w, how);
            boolean replace = !w.retiring && !jvmExiting
                    && (start == WorkerDeaths.Start.READY || start == WorkerDeaths.Start.KILLED)
                    && (lifecycle == PoolState.Lifecycle.RUNNING
                            || lifecycle == PoolState.Lifecycle.SHUTDOWN && (!held.isEmpty() || !state.queueEmpty()));
            if (replace) {
                staff.reserveReplacement();
            }
            lock.notifyAll();
            return new Exit(held, lifecycle, state.broken, start, replace, w.killedToCancel);
        }
    }

    /** An exit was settled: the pool broke, a replacement was started, or neither was needed. */
    void exitSettled() {
        synchronized (lock) {
            exitsSettling--;
            lock.notifyAll();
        }
    }

    /**
     * Stopped taking jobs, every worker is gone and none is to come. A worker that died while the
     * pool was shut down with work left is replaced, and between its exit and its replacement's
     * start no worker is alive: the pool is not done then.
     */
    boolean isTerminated() {
        synchronized (lock) {
            return state.lifecycle != PoolState.Lifecycle.RUNNING && !staff.anyToCome();
        }
    }

    /**
     * Waits until every worker has exited and been handled, and none is about to start, or the
     * deadline; whether they had.
     */
    boolean awaitWorkersGone(Deadline deadline) throws InterruptedException {
        synchronized (lock) {
            while (staff.anyToCome()) {
                if (!deadline.waitOn(lock)) {
                    return false;
                }
            }
            return true;
        }
    }
}
