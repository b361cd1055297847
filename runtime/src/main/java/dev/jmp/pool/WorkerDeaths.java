package dev.jmp.pool;

import dev.jmp.launch.ChildProcess;
import dev.jmp.launch.ExitStatus;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.launch.WorkerProgress;
import dev.jmp.link.TaskResults;
import dev.jmp.link.TaskResults.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * What a worker's start and end mean for the pool. A worker that dies with a batch in flight
 * fails the task it was running (its progress file says which) with a {@link WorkerDiedException},
 * delivers the outcomes of the tasks it finished but had not yet sent (logged in the same file),
 * and gives the tasks it had not started back to the queue; a new worker replaces it. A worker the
 * pool killed to stop a task whose future was cancelled with {@code cancel(true)} is settled the
 * same way, the cancelled task keeping its cancellation and any other failure saying why
 * ({@code [jmp.pool.worker-killed]}).
 *
 * <p>A worker that ends on its own before it is ready (its JVM rejects its options, cannot find
 * its class path, or its initializer exits) or whose initializer throws breaks the pool: retrying
 * would only fail again. A worker killed by a signal before it is ready says nothing about its
 * start, since it would most likely have started fine: it is replaced like any dead worker, and
 * the pool goes on. So is a launch that fails (its process can be killed while it execs the
 * JVM). Only when {@value #MAX_LOST_STARTS} starts in a row, each replacing the one before, are
 * lost so does the pool give up and break, naming the signal or the launch's error: something
 * then kills its workers as they start (an out-of-memory killer sized against the pool's JVM
 * options, a watchdog), or java cannot be run at all, and replacing them for ever would hide that
 * and spend a JVM start each time. A worker that becomes ready ends such a run.
 */
final class WorkerDeaths {

    /**
     * Starts in a row lost before the worker was ready, to a signal or to a launch that failed,
     * after which the pool breaks.
     */
    static final int MAX_LOST_STARTS = 5;

    private final WorkerPool pool;

    WorkerDeaths(WorkerPool pool) {
        this.pool = pool;
    }

    /** The worker ran its initializer (outcome in {@code results}) and is ready for tasks. */
    void initialized(Worker w, TaskResults results) {
        List<Outcome> outcomes = results.outcomes();
        if (!outcomes.isEmpty() && outcomes.get(0).failed()) {
            Throwable cause = RemoteThrowables.rebuild(outcomes.get(0).failure());
            breakPool(new BrokenPoolException("[jmp.pool.initializer-failed] the initializer "
                    + pool.config.initializer().get().description() + " failed in " + w + ": " + cause
                    + "; fix the initializer, since every new worker runs it", cause));
            return;
        }
        synchronized (pool.lock) {
            w.ready = true;
        }
        pool.next(w);
    }

    /** The worker's process ended and every frame it sent was read. */
    void exited(Worker w) {
        ChildProcess child = w.child();
        int code = child.exitCode().orElse(Integer.MIN_VALUE);
        Batch batch;
        WorkerPool.State state;
        boolean exiting = ShutdownSequence.hasStarted();
        boolean replace;
        Start start;
        String killedToCancel;
        synchronized (pool.lock) {
            killedToCancel = w.killedToCancel;
            pool.live.remove(w);
            pool.idle.remove(w);
            batch = w.current;
            w.current = null;
            state = pool.state;
            start = Start.of(w, code);
            replace = !w.retiring && !exiting && (start == Start.READY || start == Start.KILLED)
                    && (state == WorkerPool.State.RUNNING
                            || state == WorkerPool.State.SHUTDOWN && (batch != null || !pool.queue.isEmpty()));
            pool.lock.notifyAll();
        }
        if ((start == Start.FAILED || start == Start.KILLED_TOO_OFTEN) && !exiting
                && (state == WorkerPool.State.RUNNING || state == WorkerPool.State.SHUTDOWN)) {
            awaitOutput(child); // what the JVM said about its start belongs in the report
            breakPool(new BrokenPoolException(start == Start.FAILED
                    ? "[jmp.pool.worker-start] worker " + w + " ended with " + ExitStatus.describe(code)
                            + " before it was ready" + stderrTail(child)
                            + "; check the pool's JVM options and class path"
                    : "[jmp.pool.worker-start] worker " + w + " was killed by " + ExitStatus.describe(code)
                            + " before it was ready, the " + MAX_LOST_STARTS + "th start in a row lost to a"
                            + " signal or a failed launch; something kills this pool's workers as they start (the"
                            + " kernel's out-of-memory killer, a watchdog): check the system log, the memory"
                            + " the pool's JVM options ask for, and what else signals this program's children",
                    null));
        }
        if (batch != null && !batch.complete()) {
            settle(w, batch, code, state, exiting, killedToCancel);
        }
        try {
            Files.deleteIfExists(w.progressFile);
        } catch (IOException e) {
            // the control directory goes at exit anyway
        }
        if (replace) {
            pool.spawn(start == Start.KILLED ? w.lostStarts + 1 : 0);
        }
    }

    /** How a worker's start went, as its exit tells. */
    private enum Start {
        /** It became ready (or was told to exit first): its start is not what ended it. */
        READY,
        /** Killed by a signal before it was ready, which says nothing of its start: replace it. */
        KILLED,
        /** Killed before it was ready, as were the workers it replaces: stop replacing them. */
        KILLED_TOO_OFTEN,
        /** Ended on its own before it was ready: bad JVM options or class path, which would fail again. */
        FAILED;

        /** Pool lock held. A signal the pool sent is not counted: the pool is then stopping anyway. */
        static Start of(Worker w, int code) {
            if (w.ready || w.retiring) {
                return READY;
            }
            if (code >= 0 || code == Integer.MIN_VALUE) {
                return FAILED;
            }
            return w.lostStarts + 1 >= MAX_LOST_STARTS ? KILLED_TOO_OFTEN : KILLED;
        }
    }

    private void settle(Worker w, Batch batch, int code, WorkerPool.State state, boolean exiting,
                        String killedToCancel) {
        if (state == WorkerPool.State.BROKEN) {
            loseRest(batch, pool.broken);
            return;
        }
        if (state == WorkerPool.State.TERMINATING || exiting) {
            loseRest(batch, WorkerPool.terminated("the pool was terminated while this task was running"));
            return;
        }
        int running = -1;
        WorkerProgress.Snapshot at = null;
        try {
            at = WorkerProgress.read(w.progressFile);
            running = at.batchId() == batch.id ? at.index() : -1;
        } catch (IOException e) {
            running = batch.reported(); // the likeliest: the first task not reported
        }
        if (running >= 0 && at != null) {
            deliverLogged(w, batch, code, killedToCancel, at);
        }
        while (batch.reported() < running) {
            batch.loseNext(died(w, code, lostMessage(w, code, killedToCancel, batch.nextDescription(), true)));
        }
        if (running >= 0 && batch.reported() == running && running < batch.size) {
            // when this is the cancelled task itself, its future is already cancelled and keeps that
            batch.loseNext(died(w, code, lostMessage(w, code, killedToCancel, batch.nextDescription(), false)));
        }
        List<Job> rest = batch.unreported();
        if (!rest.isEmpty()) {
            synchronized (pool.lock) {
                pool.requeueFirst(rest);
            }
            pool.dispatchIdle();
        }
    }

    /**
     * Delivers the outcomes the worker had finished and logged but not sent. Outcomes before the
     * log that never arrived (the worker's last frames were not read in time) are lost.
     */
    private static void deliverLogged(Worker w, Batch batch, int code, String killedToCancel,
                                      WorkerProgress.Snapshot at) {
        List<Outcome> logged = at.logged();
        int end = Math.min(at.loggedFirst() + logged.size(), batch.size);
        while (batch.reported() < Math.min(at.loggedFirst(), end)) {
            batch.loseNext(died(w, code, lostMessage(w, code, killedToCancel, batch.nextDescription(), true)));
        }
        if (batch.reported() < end) {
            int skip = batch.reported() - at.loggedFirst();
            batch.deliver(batch.reported(), logged.subList(skip, end - at.loggedFirst()));
        }
    }

    /** Why a task of a dead worker's batch has no outcome: it had {@code finished}, or was running. */
    private static String lostMessage(Worker w, int code, String killedToCancel, String task, boolean finished) {
        String worker = "worker " + w.name + " (pid " + w.pid() + ")";
        if (killedToCancel == null) {
            return "[jmp.pool.worker-died] " + worker + " died of " + ExitStatus.describe(code)
                    + (finished ? " after running " + task + " but before sending its result back"
                            : " while running " + task) + "; the pool replaced the worker";
        }
        return "[jmp.pool.worker-killed] " + worker + " was killed by the pool to stop " + killedToCancel
                + ", whose future was cancelled with cancel(true), " + (finished ? "after running " + task
                        + ", which shared its batch, but before sending that task's result back"
                        : "while running " + task + ", which shared its batch")
                + "; the pool replaced the worker, so submit " + task + " again if you still need its result";
    }

    private static WorkerDiedException died(Worker w, int code, String message) {
        return new WorkerDiedException(message, w.name, w.pid(), code);
    }

    private static void loseRest(Batch batch, RuntimeException reason) {
        while (!batch.complete()) {
            batch.loseNext(reason);
        }
    }

    /** The pool cannot go on: fail what waits, stop every worker. */
    void breakPool(BrokenPoolException reason) {
        List<Job> dropped;
        List<Worker> workers;
        synchronized (pool.lock) {
            if (pool.state == WorkerPool.State.BROKEN || pool.state == WorkerPool.State.TERMINATING) {
                return;
            }
            pool.state = WorkerPool.State.BROKEN;
            pool.broken = reason;
            dropped = pool.drainQueue();
            workers = new ArrayList<>(pool.live);
            pool.idle.clear();
        }
        for (Job job : dropped) {
            lose(job, reason);
        }
        for (Worker w : workers) {
            ChildProcess child = w.child();
            if (child != null) {
                child.signal(true);
            }
        }
    }

    static void lose(Job job, RuntimeException reason) {
        for (int i = job.from(); i < job.to(); i++) {
            job.sink().lost(i, job.calls()[i], reason);
        }
    }

    private static void awaitOutput(ChildProcess child) {
        try {
            child.await(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stderrTail(ChildProcess child) {
        List<String> tail = child.stderrTail();
        return tail.isEmpty() ? "" : "; last lines of its stderr: " + String.join(" | ", tail);
    }
}
