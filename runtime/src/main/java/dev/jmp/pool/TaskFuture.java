package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.task.Tasks;
import dev.jmp.spi.Outcome;
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
    /** Where the task is, kept by the pool's state; once cancelled, a requeued copy is skipped. */
    private final Placement placement = new Placement();

    TaskFuture(WorkerPool pool, Task<R> task, Object owner) {
        this.pool = pool;
        this.task = task;
        this.owner = owner;
    }

    Job<R> job() {
        return Job.single(task, sink);
    }

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
        // A queued task is now skipped, and a running one is never requeued.
        PoolState.Where where = pool.state.cancel(placement, mayInterruptIfRunning);
        if (where == null) {
            return false;
        }
        // Completed outside the pool's lock: completing runs the caller's dependent stages.
        boolean won = completeExceptionally(new CancellationException("[jmp.pool.cancelled] " + task.description()
                + (where == PoolState.Where.QUEUED ? " was cancelled before it started"
                        : " was cancelled while running; its worker was killed and is being replaced")));
        if (won && where == PoolState.Where.RUNNING) {
            pool.killToCancel(placement, task.description());
        }
        return won || isCancelled();
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
                completeExceptionally(RemoteThrowables.rebuild(done, outcome));
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

        /** Read under the pool state's lock, which guards {@code placement}. */
        @Override
        public boolean abandoned() {
            return placement.cancelled || isDone();
        }

        @Override
        public boolean mayBeAbandoned() {
            return true;
        }

        @Override
        public Placement placement() {
            return placement;
        }
    };
}
