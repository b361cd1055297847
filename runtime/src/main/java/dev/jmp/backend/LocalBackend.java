package dev.jmp.backend;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.parent.ChildSpec;
import dev.jmp.launch.spares.SparePolicy;
import dev.jmp.launch.spares.Spares;
import dev.jmp.spi.BackendProvider;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.RunningProcess;
import dev.jmp.spi.WorkerBackend;
import java.util.Optional;

/**
 * The built-in backend: child JVMs on this machine, started cold or on a warm spare, for the
 * {@code SPAWN} and {@code WARM} start methods.
 */
final class LocalBackend implements BackendProvider {

    static final LocalBackend INSTANCE = new LocalBackend();

    private LocalBackend() {}

    @Override
    public WorkerBackend workers(LaunchOptions options, Optional<TaskCall> initializer, boolean daemon) {
        return new LocalWorkers(options.jvmOptions(), spares(options), initializer, daemon, options.workerReuse());
    }

    @Override
    public RunningProcess start(String name, boolean daemon, TaskCall task, LaunchOptions options) {
        return Spares.launch(new ChildSpec(name, daemon, options.jvmOptions(), task), spares(options));
    }

    private static SparePolicy spares(LaunchOptions options) {
        return new SparePolicy(options.spares(), options.spareIdleTimeout());
    }
}
