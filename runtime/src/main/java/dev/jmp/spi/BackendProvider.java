package dev.jmp.spi;

import dev.jmp.internal.TaskCall;
import java.util.Optional;

/**
 * An engine that runs tasks elsewhere than in this machine's child JVMs, found through
 * {@link java.util.ServiceLoader} when a context's start method is {@code CLUSTER}: a module
 * provides it in {@code META-INF/services/dev.jmp.spi.BackendProvider}. The local child JVMs of
 * {@code SPAWN} and {@code WARM} are the built-in provider. One instance serves every pool and
 * process of the JVM.
 */
public interface BackendProvider {

    /**
     * The backend of one new pool, whose workers each run {@code initializer} (when present) once,
     * before any batch, and are {@code daemon}s, as their {@code currentProcess()} reports: a
     * {@code Pool}'s are, and may not start children, as in Python; an executor's are not.
     */
    WorkerBackend workers(LaunchOptions options, Optional<TaskCall> initializer, boolean daemon);

    /** Starts {@code task} as the process {@code name}; returns once it is started. */
    RunningProcess start(String name, boolean daemon, TaskCall task, LaunchOptions options);
}
