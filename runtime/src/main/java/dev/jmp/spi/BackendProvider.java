package dev.jmp.spi;

import dev.jmp.internal.TaskCall;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.ManagerBackend;
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

    /**
     * The objects of {@code Manager.cluster(context)}: a manager whose dicts, lists, queues and
     * locks the engine holds, served to the same proxy types as a local manager's. Each call
     * returns a new manager; {@code api} is what the proxies give a backend. Providers without
     * shared objects keep this default, which fails with a coded error.
     */
    default ManagerBackend manager(ApiTypes api) {
        throw new UnsupportedOperationException("[jmp.cluster.no-manager] the cluster backend "
                + getClass().getName() + " holds no shared objects; use a local manager (Manager.start())");
    }

    /**
     * Registers, with {@code dev.jmp.manager.core.HandleReaders}, the reader of the handles of
     * this provider's shared objects, so that a process that was handed a proxy of one (a task's
     * argument) reaches it; called once when such a handle first arrives. The default has none.
     */
    default void readHandles(ApiTypes api) {
    }
}
