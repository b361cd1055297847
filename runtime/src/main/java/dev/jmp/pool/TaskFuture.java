package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.Tasks;
import dev.jmp.link.TaskResults.Outcome;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The future of one task submitted to a {@link ProcessPoolExecutor}, and the sink of its outcome.
 * It knows where its task is, so {@link #cancel(boolean)} can keep {@code Future}'s promise: a
 * queued task is skipped, and a running one is stopped by killing its worker, the only sound way
 * to stop arbitrary code in another JVM. The pool replaces that worker; what else the worker had
 * in hand is settled as for any dead worker ({@link WorkerDeaths}).
 *
 * <p>A task counts as running once a worker has it, as in Python's executor, where a task handed
 * to the workers' call queue can no longer be cancelled. Dependent stages ({@code thenApply} and
 * so on) are plain {@link CompletableFuture}s: cancelling one of them does not touch the task.
 */
final class TaskFuture<R> extends CompletableFuture<R> {

    private final WorkerPool pool;
    private final Task<R> task;
    /** Keeps the executor reachable while the task is pending, so a forgotten one is not cleaned too soon. */
    private volatile Object owner;
    /** Pool lock: where the task went, or null while it is queued. */
    private Worker worker;
    private Batch batch;
    /** Pool lock: cancel(true) decided to stop it; a requeued copy is skipped. */
    private boolean cancelled;

    TaskFuture(WorkerPool pool, Task<R> task, Object owner) {
        this.pool = pool;
        this.task = task;
        this.owner = owner;
    }

    Job<R> job() {
        return Job.single(task, sink);
    }

    private enum Where { QUEUED, RUNNING, FINISHING }

    /**
     * Cancels the task. Queued: it never runs, and this returns true. Running: with
     * {@code mayInterruptIfRunning} its worker is killed and replaced and this returns true;
     * without it nothing happens and this returns false, as for a running {@code FutureTask}.
     * Already done, or its result on the way back: false, unless it was cancelled before.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) {
            return isCancelled();
        }
        Where where;
        synchronized (pool.lock) {
            where = worker == null ? Where.QUEUED : worker.current == batch ? Where.RUNNING : Where.FINISHING;
            if (where == Where.FINISHING || where == Where.RUNNING && !mayInterruptIfRunning) {
                return false;
            }
            cancelled = true; // a queued task is now skipped, and this one is never requeued
        }
        // Completed outside the pool lock: completing runs the caller's dependent stages.
        boolean won = completeExceptionally(new CancellationException("[jmp.pool.cancelled] " + task.description()
                + (where == Where.QUEUED ? " was cancelled before it started"
                        : " was cancelled while running; its worker was killed and is being replaced")));
        if (won && where == Where.RUNNING) {
            pool.killToCancel(this);
        }
        return won || isCancelled();
    }

    /** Under the pool lock: the worker running this task, or null if it is not in flight any more. */
    Worker runningOn() {
        return worker != null && worker.current == batch ? worker : null;
    }

    String description() {
        return task.description();
    }

    @Override
    public boolean complete(R value) {
        boolean done = super.complete(value);
        owner = null;
        return done;
    }

    @Override
    public boolean completeExceptionally(Throwable ex) {
        boolean done = super.completeExceptionally(ex);
        owner = null;
        return done;
    }

    private final JobSink<R> sink = new JobSink<>() {
        @Override
        public void outcome(int index, Task<? extends R> done, Outcome outcome) {
            if (outcome.failed()) {
                completeExceptionally(RemoteThrowables.rebuild(outcome.failure()));
            } else {
                try {
                    complete(Tasks.decode(done, outcome.payload()));
                } catch (RuntimeException e) {
                    completeExceptionally(e);
                }
            }
        }

        @Override
        public void lost(int index, Task<? extends R> lost, RuntimeException reason) {
            completeExceptionally(reason);
        }

        @Override
        public boolean abandoned() {
            return cancelled || isDone();
        }

        @Override
        public void sent(Worker to, Batch in) {
            worker = to;
            batch = in;
        }

        @Override
        public void requeued() {
            worker = null;
            batch = null;
        }
    };
}
