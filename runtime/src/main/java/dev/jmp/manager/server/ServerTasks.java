package dev.jmp.manager.server;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.child.TaskEntries;

/**
 * Runs {@code @ProcessTask} calls in the server's JVM, as Python runs a manager's callables in its
 * server process: a barrier's action, the manager's initializer. The entry is loaded by name, as
 * a child process loads the task it is given.
 */
final class ServerTasks {

    private final TaskEntries entries = new TaskEntries();

    /** Runs {@code task} here; its exception propagates as it is. */
    void run(TaskCall task) throws Exception {
        try {
            entries.get(task.entryClass()).invoke(task.arguments());
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(task.description() + " threw " + t, t);
        }
    }
}
