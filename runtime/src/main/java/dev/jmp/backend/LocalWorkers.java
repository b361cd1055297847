package dev.jmp.backend;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.spares.SparePolicy;
import dev.jmp.spi.WorkerBackend;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workers of one pool as local child JVMs, one {@link LocalWorker} each. A worker is one
 * control-channel read away, so it holds one batch at a time: the next goes to whichever worker
 * is free first. Workers the pool releases go to the {@link WorkerReservoir} under this pool's
 * {@link WorkerReservoir.Key}, for {@code reuseTimeout}, and a worker starts from that reservoir
 * when it holds one; with a zero timeout, none is kept or taken.
 */
final class LocalWorkers implements WorkerBackend {

    /** How long a terminated worker gets to run its shutdown hooks before it is killed. */
    private static final long GRACE_MILLIS = 2_000;

    final List<String> jvmOptions;
    final SparePolicy spares;
    final Optional<TaskCall> initializer;
    /** What the workers' {@code currentProcess().daemon()} says; they are terminated at exit either way. */
    final boolean daemon;
    final WorkerReservoir.Key key;
    final Duration reuseTimeout;
    private final Set<LocalWorker> running = ConcurrentHashMap.newKeySet();

    LocalWorkers(List<String> jvmOptions, SparePolicy spares, Optional<TaskCall> initializer, boolean daemon,
                 Duration reuseTimeout) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.spares = spares;
        this.initializer = initializer;
        this.daemon = daemon;
        this.key = WorkerReservoir.Key.of(this.jvmOptions, initializer);
        this.reuseTimeout = reuseTimeout;
    }

    /** Whether released workers are kept for the next pool, and taken from the reservoir. */
    boolean reuse() {
        return !reuseTimeout.isZero();
    }

    @Override
    public int credit() {
        return 1;
    }

    /**
     * A worker is sent its next chunk while it runs one, so it never waits for the round trip
     * between them; the second is small enough for the control socket to hold it until the
     * worker reads it, so that neither side ever waits on a write to the other.
     */
    @Override
    public int chunkCredit() {
        return 2;
    }

    @Override
    public boolean runsChunks() {
        return true;
    }

    @Override
    public WorkerHandle worker(String name, WorkerEvents events) {
        return new LocalWorker(this, name, events);
    }

    @Override
    public List<WorkerHandle> workers() {
        return new ArrayList<>(running);
    }

    void started(LocalWorker worker) {
        running.add(worker);
    }

    void exited(LocalWorker worker) {
        running.remove(worker);
    }

    @Override
    public void stop(List<WorkerHandle> workers) throws InterruptedException {
        for (WorkerHandle w : workers) {
            ((LocalWorker) w).signal(false);
        }
        for (WorkerHandle w : workers) {
            LocalWorker worker = (LocalWorker) w;
            if (!worker.await(GRACE_MILLIS)) {
                worker.signal(true);
                worker.await(GRACE_MILLIS);
            }
        }
    }
}
