package dev.jmp.pool;

import dev.jmp.base.JmpLog;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * What a worker's start and end mean for the pool. A worker that dies with a batch in flight
 * fails the task it was running (its backend's {@link BatchProgress} says which) with a
 * {@link WorkerDiedException}, delivers the outcomes of the tasks it finished but had not yet
 * sent (recorded in the same progress), and gives the tasks it had not started back to the queue;
 * a new worker replaces it. A worker the pool killed to stop a task whose future was cancelled with
 * {@code cancel(true)} is settled the same way, the cancelled task keeping its cancellation and any
 * other failure saying why ({@code [jmp.pool.worker-killed]}).
 *
 * <p>A worker that ends on its own before it is ready (its JVM rejects its options, cannot find
 * its class path, or its initializer exits) or whose initializer throws breaks the pool: retrying
 * would only fail again. A worker killed before it is ready (by a signal, or with its machine)
 * says nothing about its start, since it would most likely have started fine: it is replaced like
 * any dead worker, and the pool goes on. So is a start that fails (its process can be killed while
 * it execs the JVM). Only when {@value #MAX_LOST_STARTS} starts in a row, each replacing the one
 * before, are lost does the pool give up and break, naming the signal or the start's error:
 * something then kills its workers as they start (an out-of-memory killer sized against the
 * pool's JVM options, a watchdog), or java cannot be run at all, and replacing them for ever would
 * hide that and spend a JVM start each time. A worker that becomes ready ends such a run.
 */
final class WorkerDeaths {

    /**
     * Starts in a row lost before the worker was ready, to a signal or to a start that failed,
     * after which the pool breaks.
     */
    static final int MAX_LOST_STARTS = 5;

    private final WorkerPool pool;
    private final RetryBudget retries;

    WorkerDeaths(WorkerPool pool) {
        this.pool = pool;
        this.retries = new RetryBudget(pool.backend.retries());
    }

    /** How a worker's start went, as its exit tells. */
    enum Start {
        /** It became ready (or was told to exit first): its start is not what ended it. */
        READY,
        /** Killed before it was ready, which says nothing of its start: replace it. */
        KILLED,
        /** Killed before it was ready, as were the workers it replaces: stop replacing them. */
        KILLED_TOO_OFTEN,
        /** Ended on its own before it was ready: bad JVM options or class path, which would fail again. */
        FAILED;

        /** PoolState lock held. A kill by the pool is not counted: the pool is then stopping anyway. */
        static Start of(Worker w, WorkerExit exit) {
            if (w.ready || w.retiring) {
                return READY;
            }
            if (!exit.killed()) {
                return FAILED;
            }
            return w.lostStarts + 1 >= MAX_LOST_STARTS ? KILLED_TOO_OFTEN : KILLED;
        }
    }

    /**
     * The worker ran its initializer ({@code initializer} its outcome, or null) and is ready for
     * tasks. A failed initializer's exception is printed here in full, as Python's worker prints
     * its traceback, before the pool breaks and stops the worker: printed by the worker, its lines
     * would reach this JVM's stderr whenever its output is forwarded, possibly never, should this
     * JVM exit first.
     */
    void initialized(Worker w, Outcome initializer) {
        if (initializer != null && initializer.failed()) {
            Throwable cause = RemoteThrowables.rebuild(initializer);
            printInitializerFailure(w, cause);
            breakPool(new BrokenPoolException("[jmp.pool.initializer-failed] the initializer "
                    + pool.config.initializer().get().description() + " failed in " + w + ": " + cause
                    + "; fix the initializer, since every new worker runs it", cause));
            return;
        }
        pool.ready(w);
    }

    /** The exception of {@code w}'s initializer, with its stack trace, causes and suppressed, as one record. */
    private static void printInitializerFailure(Worker w, Throwable cause) {
        JmpLog.log(JmpLog.POOL, Level.ERROR, "Exception in initializer of " + w + ":", cause);
    }

    /**
     * The worker ended, and every outcome it sent was delivered. Its replacement, if the exit's
     * decision reserved one, is started whatever settling its batches does: a pool waits for a
     * reserved worker to come before it counts as terminated.
     */
    void exited(Worker w, WorkerExit how) {
        boolean exiting = ShutdownSequence.hasReached(ShutdownSequence.Phase.CHILDREN);
        WorkerTurnover.Exit exit = pool.state.turnover.exited(w, how, exiting);
        try {
            settleExit(w, how, exit, exiting);
        } finally {
            try {
                if (exit.replace()) {
                    pool.spawn(exit.start() == Start.KILLED ? w.lostStarts + 1 : 0);
                }
            } finally {
                pool.state.turnover.exitSettled();
            }
        }
    }

    private void settleExit(Worker w, WorkerExit how, WorkerTurnover.Exit exit, boolean exiting) {
        boolean stoppable = exit.lifecycle() == PoolState.Lifecycle.RUNNING
                || exit.lifecycle() == PoolState.Lifecycle.SHUTDOWN;
        if ((exit.start() == Start.FAILED || exit.start() == Start.KILLED_TOO_OFTEN) && !exiting && stoppable) {
            breakPool(new BrokenPoolException(exit.start() == Start.FAILED
                    ? "[jmp.pool.worker-start] worker " + w + " ended with " + how.cause()
                            + " before it was ready" + outputTail(how) + "; check the pool's JVM options and class path"
                    : "[jmp.pool.worker-start] worker " + w + " was killed by " + how.cause()
                            + " before it was ready, the " + MAX_LOST_STARTS + "th start in a row lost to a"
                            + " signal or a failed launch; something kills this pool's workers as they start (the"
                            + " kernel's out-of-memory killer, a watchdog): check the system log, the memory"
                            + " the pool's JVM options ask for, and what else signals this program's children",
                    null));
        }
        List<Batch> held = exit.held();
        List<Job<?>> requeue = new ArrayList<>(); // in the order the worker was sent them
        for (int i = 0; i < held.size(); i++) {
            if (!held.get(i).complete()) {
                settle(w, how, held.get(i), i == 0, exit, exiting, requeue);
            }
        }
        if (!requeue.isEmpty()) {
            pool.state.requeueFirst(requeue);
            pool.dispatchIdle();
        }
    }

    /**
     * Settles a batch the dead worker held; {@code oldest}: the first it held, the one it ran first.
     * Its tasks to run again are added to {@code requeue}.
     */
    private void settle(Worker w, WorkerExit how, Batch batch, boolean oldest, WorkerTurnover.Exit exit, boolean exiting,
                        List<Job<?>> requeue) {
        if (exit.lifecycle() == PoolState.Lifecycle.BROKEN) {
            loseRest(batch, exit.broken());
            return;
        }
        if (exit.lifecycle() == PoolState.Lifecycle.TERMINATING || exiting) {
            loseRest(batch, WorkerPool.terminated("the pool was terminated while this task was running"));
            return;
        }
        if (how.heldLost()) {
            settleLost(w, how, batch, requeue);
            return;
        }
        BatchProgress at = how.lastBatch();
        int running;
        if (at == null) {
            running = oldest ? batch.reported() : -1; // the likeliest: the first task not reported
        } else if (at.batchId() == batch.id) {
            running = at.running();
            deliverLogged(w, how, batch, exit.killedToCancel(), at);
        } else {
            // Batches run in order: one before the running one was finished, one after never started.
            running = at.batchId() > batch.id ? batch.size : -1;
        }
        while (batch.reported() < Math.min(running, batch.size)) {
            batch.loseNext(died(w, how, lostMessage(w, how, exit.killedToCancel(), batch.nextDescription(), true)));
        }
        if (running >= 0 && batch.reported() == running && running < batch.size) {
            // when this is the cancelled task itself, its future is already cancelled and keeps that
            batch.loseNext(died(w, how, lostMessage(w, how, exit.killedToCancel(), batch.nextDescription(), false)));
        }
        requeue.addAll(batch.unreported());
    }

    /**
     * Settles a batch of a worker lost with its machine: any task it did not report may have run
     * there, so each fails, unless the backend's retries let it run again elsewhere.
     */
    private void settleLost(Worker w, WorkerExit how, Batch batch, List<Job<?>> again) {
        while (!batch.complete()) {
            if (retries.allow(batch.nextTask())) {
                Job<?> one = batch.takeNext();
                Job<?> last = again.isEmpty() ? null : again.get(again.size() - 1);
                if (last != null && last.tasks() == one.tasks() && last.sink() == one.sink() && last.to() == one.from()) {
                    again.set(again.size() - 1, last.slice(last.from(), one.to()));
                } else {
                    again.add(one);
                }
            } else {
                batch.loseNext(died(w, how, how.cause() + "; worker " + w.name + " (pid " + w.pid() + ") held "
                        + batch.nextDescription() + ", which may have run there, but its result never came back"
                        + (retries.limit() == 0 ? "" : " after " + retries.limit()
                                + (retries.limit() == 1 ? " retry" : " retries") + " on other workers")
                        + "; the pool replaced the worker"));
            }
        }
    }

    /**
     * Delivers the outcomes the worker had finished and recorded but not sent. Outcomes before
     * the record that never arrived (the worker's last frames were not read in time) are lost.
     */
    private static void deliverLogged(Worker w, WorkerExit how, Batch batch, String killedToCancel, BatchProgress at) {
        List<Outcome> logged = at.logged();
        int end = Math.min(at.loggedFirst() + logged.size(), batch.size);
        while (batch.reported() < Math.min(at.loggedFirst(), end)) {
            batch.loseNext(died(w, how, lostMessage(w, how, killedToCancel, batch.nextDescription(), true)));
        }
        if (batch.reported() < end) {
            int skip = batch.reported() - at.loggedFirst();
            batch.deliver(batch.reported(), logged.subList(skip, end - at.loggedFirst()));
        }
    }

    /** Why a task of a dead worker's batch has no outcome: it had {@code finished}, or was running. */
    private static String lostMessage(Worker w, WorkerExit how, String killedToCancel, String task, boolean finished) {
        String worker = "worker " + w.name + " (pid " + w.pid() + ")";
        if (killedToCancel == null) {
            return "[jmp.pool.worker-died] " + worker + " died of " + how.cause()
                    + (finished ? " after running " + task + " but before sending its result back"
                            : " while running " + task) + "; the pool replaced the worker";
        }
        return "[jmp.pool.worker-killed] " + worker + " was killed by the pool to stop " + killedToCancel
                + ", whose future was cancelled with cancel(true), " + (finished ? "after running " + task
                        + ", which shared its batch, but before sending that task's result back"
                        : "while running " + task + ", which shared its batch")
                + "; the pool replaced the worker, so submit " + task + " again if you still need its result";
    }

    private static WorkerDiedException died(Worker w, WorkerExit how, String message) {
        return new WorkerDiedException(message, w.name, w.pid(), how.exitCode());
    }

    private static void loseRest(Batch batch, RuntimeException reason) {
        while (!batch.complete()) {
            batch.loseNext(reason);
        }
    }

    /** The pool cannot go on: fail what waits, kill every worker. */
    void breakPool(BrokenPoolException reason) {
        PoolState.Stop stop = pool.state.breakPool(reason);
        if (stop == null) {
            return;
        }
        for (Job<?> job : stop.dropped()) {
            lose(job, reason);
        }
        for (Worker w : stop.workers()) {
            WorkerHandle handle = w.handle();
            if (handle != null) {
                handle.kill();
            }
        }
    }

    static void lose(Job<?> job, RuntimeException reason) {
        for (int i = job.from(); i < job.to(); i++) {
            Batch.lose(job, i, reason);
        }
    }

    private static String outputTail(WorkerExit how) {
        return how.outputTail().isEmpty() ? "" : "; last lines of its stderr: " + String.join(" | ", how.outputTail());
    }
}
