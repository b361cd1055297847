package dev.jmp.backend;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.spi.BackendProvider;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.RunningProcess;
import dev.jmp.spi.WorkerBackend;
import java.util.Optional;

/**
 * The backend of the {@code THREAD} start method: a pool's workers and a process's task run on
 * threads of this JVM, through the same task entries and outcome encoding as a child JVM, so that
 * a task behaves as it would in a process but for what only a process can do. JVM options and
 * spares do not apply and are ignored.
 */
final class ThreadBackend implements BackendProvider {

    static final ThreadBackend INSTANCE = new ThreadBackend();

    /** Entries are stateless, so one instance of each serves every thread of every pool. */
    final TaskEntries entries = new TaskEntries();

    private ThreadBackend() {}

    @Override
    public WorkerBackend workers(LaunchOptions options, Optional<TaskCall> initializer, boolean daemon) {
        return new ThreadWorkers(entries, initializer, daemon);
    }

    @Override
    public RunningProcess start(String name, boolean daemon, TaskCall task, LaunchOptions options) {
        return ThreadProcess.start(entries, name, daemon, task);
    }
}
