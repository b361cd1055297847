package dev.jmp.cluster.member;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.spi.WorkerBackend;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-member mode ({@code jmp.cluster.mode=member}): a pool's workers are threads of the member
 * JVM, which saves the hop to a worker JVM for sub-millisecond tasks. What it gives up: a thread
 * cannot be killed, so a kill or {@code cancel(true)} abandons the running task (its outcome is
 * dropped, the worker reported killed) rather than stopping it; a task that exits or crashes the
 * JVM takes the member with it; and tasks share the member's heap and static state.
 */
final class InMemberWorkers implements WorkerBackend {

    final Optional<TaskCall> initializer;
    final TaskEntries entries = new TaskEntries();
    private final Set<InMemberWorker> running = ConcurrentHashMap.newKeySet();

    InMemberWorkers(Optional<TaskCall> initializer) {
        this.initializer = initializer;
    }

    @Override
    public int credit() {
        return 1;
    }

    @Override
    public WorkerHandle worker(String name, WorkerEvents events) {
        return new InMemberWorker(this, name, events);
    }

    @Override
    public List<WorkerHandle> workers() {
        return new ArrayList<>(running);
    }

    void started(InMemberWorker w) {
        running.add(w);
    }

    void exited(InMemberWorker w) {
        running.remove(w);
    }

    @Override
    public void stop(List<WorkerHandle> workers) {
        for (WorkerHandle w : workers) {
            w.kill();
        }
    }
}
