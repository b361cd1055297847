package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.task.Tasks;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.pool.callable.SerializedCallables;
import java.util.concurrent.Callable;

/**
 * A {@link Task} seen as a {@link Callable}, so the {@code ExecutorService} methods of
 * {@link ProcessPoolExecutor} can run it in a worker. Called directly it runs the task in this
 * JVM, through the same generated entry, so it is a sound {@code Callable} anywhere.
 */
record TaskCallable<R>(Task<R> task) implements Callable<R> {

    private static final TaskEntries LOCAL = new TaskEntries();

    @Override
    public R call() throws Exception {
        TaskCall call = Tasks.call(task);
        try {
            return Tasks.decode(task, LOCAL.get(call.entryClass()).invoke(call.arguments()));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new java.util.concurrent.ExecutionException(t);
        }
    }

    /**
     * The task inside {@code callable}, or a serializable one as a task of its own; a rejection
     * saying what to submit instead for any other.
     */
    static <T> Task<T> task(Callable<T> callable) {
        if (callable instanceof TaskCallable<T> taskCallable) {
            return taskCallable.task();
        }
        return SerializedCallables.task(java.util.Objects.requireNonNull(callable, "callable"));
    }
}
