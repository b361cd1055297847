package dev.jmp.bench;

import dev.jmp.ProcessTask;

/** The tasks the workloads run in child processes; the processor generates {@code WorkTasks}. */
public final class Work {

    private Work() {}

    /** Python's {@code noop}: start + join cost alone. */
    @ProcessTask
    public static void noop() {
        // nothing: the workload measures the process, not the task
    }
}
