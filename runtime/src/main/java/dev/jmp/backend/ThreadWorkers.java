package dev.jmp.backend;

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
 * The workers of one pool as threads of this JVM, one {@link ThreadWorker} each. A worker is a
 * queue hand-off away, so it holds one batch at a time, as a local worker does.
 */
final class ThreadWorkers implements WorkerBackend {

    /** How long a stopped worker's task gets to answer its interrupt before its thread is abandoned. */
    private static final long GRACE_MILLIS = 2_000;

    final TaskEntries entries;
    final Optional<TaskCall> initializer;
    final boolean daemon;
    private final Set<ThreadWorker> running = ConcurrentHashMap.newKeySet();

    ThreadWorkers(TaskEntries entries, Optional<TaskCall> initializer, boolean daemon) {
        this.entries = entries;
        this.initializer = initializer;
        this.daemon = daemon;
    }

    @Override
    public int credit() {
        return 1;
    }

    @Override
    public WorkerHandle worker(String name, WorkerEvents events) {
        return new ThreadWorker(this, name, events);
    }

    @Override
    public List<WorkerHandle> workers() {
        return new ArrayList<>(running);
    }

    void started(ThreadWorker worker) {
        running.add(worker);
    }

    void exited(ThreadWorker worker) {
        running.remove(worker);
    }

    /**
     * A thread cannot be asked to run shutdown hooks: each worker is interrupted and reported
     * killed at once, then given a grace to let its task answer the interrupt.
     */
    @Override
    public void stop(List<WorkerHandle> workers) throws InterruptedException {
        for (WorkerHandle w : workers) {
            w.kill();
        }
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000L;
        for (WorkerHandle w : workers) {
            ((ThreadWorker) w).awaitThread(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
        }
    }
}
