package dev.jmp.pool;

import dev.jmp.Task;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * How many more times each task may run again after its worker was lost with its machine: the
 * backend's {@code retries()} per task, counted while the task is alive (a task that is done and
 * dropped takes its count with it).
 */
final class RetryBudget {

    private final int limit;
    private final Map<Task<?>, Integer> runs = new WeakHashMap<>();

    RetryBudget(int limit) {
        this.limit = Math.max(0, limit);
    }

    int limit() {
        return limit;
    }

    /** Whether {@code task} may run again; if so, counts the run. */
    synchronized boolean allow(Task<?> task) {
        if (limit == 0) {
            return false;
        }
        int done = runs.getOrDefault(task, 0);
        if (done >= limit) {
            return false;
        }
        runs.put(task, done + 1);
        return true;
    }
}
