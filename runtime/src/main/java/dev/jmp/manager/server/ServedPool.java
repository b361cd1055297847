package dev.jmp.manager.server;

import dev.jmp.Task;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.task.Tasks;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.manager.core.AsyncResultMethods;
import dev.jmp.manager.core.PoolMethods;
import dev.jmp.pool.AsyncResult;
import dev.jmp.pool.Pool;
import dev.jmp.pool.TaskFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * A process pool in the server's JVM, Python's manager {@code Pool}: its workers are children of
 * the server. A task's result is decoded here and crosses back as a manager value. A failed
 * task's own exception is what the caller gets, as Python raises it: the pool's
 * {@link TaskFailedException} wrapper stays here.
 */
final class ServedPool {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedPool>()
            .on(PoolMethods.APPLY, (p, a, c) -> unwrapped(() -> p.pool.apply(task((TaskCall) a[0]))))
            .on(PoolMethods.MAP, (p, a, c) -> unwrapped(() -> p.map(a[0], (Integer) a[1])))
            .on(PoolMethods.APPLY_ASYNC, (p, a, c) -> result(c, p.pool.applyAsync(task((TaskCall) a[0]))))
            .on(PoolMethods.MAP_ASYNC, (p, a, c) -> result(c, p.pool.starmapAsync(tasks(a[0]), chunk((Integer) a[1]))))
            .on(PoolMethods.TERMINATE, (p, a, c) -> {
                p.pool.terminate();
                return null;
            })
            .dispatcher(PoolMethods.TABLE, false);

    /** A blocking call of the pool. */
    private interface Blocking {
        Object call() throws Exception;
    }

    private static final TaskEntries ENTRIES = new TaskEntries();

    private final Pool pool;

    ServedPool(int processes, TaskCall initializer, int maxTasksPerChild, Pools pools) {
        this.pool = processes > 0 ? new Pool(processes, task(initializer), maxTasksPerChild)
                : new Pool(Runtime.getRuntime().availableProcessors(), task(initializer), maxTasksPerChild);
        pools.add(pool);
    }

    private List<Object> map(Object calls, int chunksize) throws Exception {
        return pool.starmapAsync(tasks(calls), chunk(chunksize)).get();
    }

    /**
     * The task a call names: the server runs the same entry with the same arguments, and decodes
     * its result with that entry's decoder, since the result crosses back as a manager value.
     */
    private static Task<Object> task(TaskCall call) {
        return call == null ? null
                : Tasks.task(call.entryClass(), call.arguments(), call.description(), ENTRIES.decoder(call.entryClass()));
    }

    @SuppressWarnings("unchecked")
    private static List<Task<Object>> tasks(Object calls) {
        List<Task<Object>> tasks = new ArrayList<>();
        for (TaskCall call : (List<TaskCall>) calls) {
            tasks.add(task(call));
        }
        return tasks;
    }

    private static int chunk(int chunksize) {
        return Math.max(1, chunksize);
    }

    /** The pool's result as a new object of this server, which the reply hands the caller. */
    private static ServedObject result(CallContext context, AsyncResult<?> result) {
        return context.newObject(new ServedObject(new ServedAsyncResult(result), ServedAsyncResult.DISPATCHER),
                AsyncResultMethods.TYPE_ID);
    }

    /** Runs a blocking call; a failed task throws its own exception, as Python's pool does. */
    private static Object unwrapped(Blocking call) throws Exception {
        try {
            return call.call();
        } catch (TaskFailedException | ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
