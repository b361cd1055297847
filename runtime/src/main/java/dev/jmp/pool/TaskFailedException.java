package dev.jmp.pool;

/**
 * Thrown by the pool's blocking calls ({@code apply}, {@code map}, {@code starmap}, the iterators
 * of {@code imap}) when a task failed; its cause is what the task threw in the worker, rebuilt
 * with the worker's stack trace, or a {@link WorkerDiedException}. Python raises the task's
 * exception itself; Java cannot rethrow a checked exception it did not declare, so it wraps it.
 * {@code AsyncResult.get()} throws {@link java.util.concurrent.ExecutionException} instead, as a
 * {@link java.util.concurrent.Future} does.
 */
public final class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String task;

    TaskFailedException(String task, Throwable cause) {
        super("[jmp.pool.task-failed] " + task + " failed: " + cause, cause);
        this.task = task;
    }

    /** The task that failed, as its factory describes it: {@code Maths.square}. */
    public String task() {
        return task;
    }
}
