package dev.jmp.pool;

import dev.jmp.launch.ChildProcess;
import dev.jmp.launch.ExitStatus;
import dev.jmp.launch.ShutdownSequence;
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
 * fails the tasks it finished but had not yet reported, and gives the tasks it had not started
 * back to the queue; a new worker replaces it. A worker the pool killed to stop a task whose
 * future was cancelled with {@code cancel(true)} is settled the same way, its batch-mates' failures
 * saying so ({@code [jmp.pool.worker-killed]}) and the cancelled task keeping its cancellation.
 * A worker that cannot start, or whose initializer fails, breaks the pool: retrying would only
 * fail again.
 */
final class WorkerDeaths {

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
        boolean neverReady;
        boolean exiting = ShutdownSequence.hasStarted();
        boolean replace;
        String killedToCancel;
        synchronized (pool.lock) {
            killedToCancel = w.killedToCancel;
            pool.live.remove(w);
            pool.idle.remove(w);
            batch = w.current;
            w.current = null;
            state = pool.state;
            neverReady = !w.ready && !w.retiring;
            replace = !w.retiring && !exiting && !neverReady && (state == WorkerPool.State.RUNNING
                    || state == WorkerPool.State.SHUTDOWN && (batch != null || !pool.queue.isEmpty()));
            pool.lock.notifyAll();
        }
        if (neverReady && !exiting && (state == WorkerPool.State.RUNNING || state == WorkerPool.State.SHUTDOWN)) {
            breakPool(new BrokenPoolException("[jmp.pool.worker-start] worker " + w + " ended with "
                    + ExitStatus.describe(code) + " before it was ready" + stderrTail(child)
                    + "; check the pool's JVM options and class path", null));
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
            pool.spawn();
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
        try {
            WorkerProgress.Snapshot at = WorkerProgress.read(w.progressFile);
            running = at.batchId() == batch.id ? at.index() : -1;
        } catch (IOException e) {
            running = batch.reported(); // the likeliest: the first task not reported
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

    private static String stderrTail(ChildProcess child) {
        List<String> tail = child.stderrTail();
        return tail.isEmpty() ? "" : "; last lines of its stderr: " + String.join(" | ", tail);
    }
}
