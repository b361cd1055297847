package dev.jmp.pool;

import dev.jmp.Context;
import dev.jmp.StartMethod;
import dev.jmp.Task;
import dev.jmp.backend.Backends;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.task.Tasks;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.parent.ChildTuning;
import dev.jmp.spi.BackendProvider;
import dev.jmp.spi.LaunchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a pool's workers are made: how many, what they run first, how many tasks each runs before
 * it is replaced, the backend that runs them and how it starts them (JVM options, spares), what
 * they are called ({@code SpawnPoolWorker-3}), and whether they start all at once, as Python's
 * {@code Pool} does, or {@code onDemand}, as its executor does.
 */
record PoolConfig(int processes, Optional<TaskCall> initializer, int maxTasksPerChild, BackendProvider backend,
                  LaunchOptions launch, String workerKind, boolean onDemand) {

    static PoolConfig of(String owner, int processes, Task<?> initializer, int maxTasksPerChild, Context context,
                         String workerKind, boolean onDemand) {
        if (processes < 1) {
            throw new IllegalArgumentException("[jmp.pool.processes] " + owner + " needs at least one process, not "
                    + processes + "; pass Multiprocessing.cpuCount() for one per CPU");
        }
        if (maxTasksPerChild < 0) {
            throw new IllegalArgumentException("[jmp.pool.max-tasks] maxTasksPerChild is " + maxTasksPerChild
                    + "; pass a positive count, or 0 for workers that live as long as the pool");
        }
        CurrentProcess.checkMayStartChildren("a " + owner + "'s workers");
        List<String> options = new ArrayList<>(WorkerOptions.DEFAULTS);
        options.addAll(context.childJvmOptions());
        ChildTuning tuning = new ChildTuning(context.maxHeap(), context.fixedArchiveAddress(), context.warmUp());
        // A pool that replaces its workers to free what tasks leak neither hands them on nor takes others'.
        LaunchOptions launch = new LaunchOptions(tuning.options(processes, options), context.spares(),
                context.spareIdleTimeout(), maxTasksPerChild == 0 ? context.workerReuse() : Duration.ZERO);
        BackendProvider backend = switch (context.startMethod()) {
            case SPAWN, WARM -> Backends.local();
            case CLUSTER -> Backends.cluster();
            case THREAD -> Backends.thread();
        };
        String kind = context.startMethod() == StartMethod.THREAD ? workerKind.replace("Spawn", "Thread") : workerKind;
        return new PoolConfig(processes, Optional.ofNullable(initializer).map(Tasks::call), maxTasksPerChild,
                backend, launch, kind, onDemand);
    }

    /**
     * Whether the workers are daemons, which may not start children: Python's {@code Pool}
     * workers are, its executor's, which start on demand, are not.
     */
    boolean daemonWorkers() {
        return !onDemand;
    }

    /** Tasks a worker may still be sent; {@code Integer.MAX_VALUE} without a limit. */
    int budget(int sent) {
        return maxTasksPerChild == 0 ? Integer.MAX_VALUE : Math.max(0, maxTasksPerChild - sent);
    }
}
