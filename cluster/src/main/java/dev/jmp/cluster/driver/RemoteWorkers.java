package dev.jmp.cluster.driver;

import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.internal.TaskCall;
import dev.jmp.spi.LaunchOptions;
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
 * The workers of one pool on the cluster, each placed on a member when it starts. A remote worker
 * holds {@code jmp.cluster.credit} batches at once (2 by default), so it never waits for the
 * network between two; the queue stays with the pool, and a member that dies loses only what its
 * workers held. Workers the pool releases wait on their members for the context's worker reuse
 * timeout, and this driver's next pool started the same way takes them there, warm, as a local
 * pool takes a local one's. The mode, the credit and the retries are read from the system properties when
 * the pool is made; the cluster's name, members and key when the JVM first used the cluster.
 */
public final class RemoteWorkers implements WorkerBackend {

    /** How long a stopped worker may take to exit on its member: a terminate, a grace, a kill. */
    private static final long STOP_MILLIS = 10_000;

    final ClusterClient client;
    final long pool;
    final List<String> jvmOptions;
    final Optional<TaskCall> initializer;
    final boolean daemon;
    /** How long a worker JVM this pool releases waits on its member for the next pool of this driver. */
    final Duration reuse;
    private final ClusterSettings settings;
    private final Set<RemoteWorker> running = ConcurrentHashMap.newKeySet();

    public RemoteWorkers(ClusterClient client, LaunchOptions options, Optional<TaskCall> initializer, boolean daemon) {
        this.daemon = daemon;
        client.checkUsable();
        this.client = client;
        this.settings = ClusterSettings.fromSystemProperties(); // mode, credit and retries: as the pool is made
        this.pool = client.nextId();
        this.jvmOptions = options.jvmOptions();
        this.reuse = options.workerReuse();
        this.initializer = initializer;
    }

    @Override
    public int credit() {
        return settings.credit();
    }

    @Override
    public int retries() {
        return settings.retries();
    }

    boolean inMember() {
        return settings.inMember();
    }

    @Override
    public WorkerHandle worker(String name, WorkerEvents events) {
        return new RemoteWorker(this, client.nextId(), name, events);
    }

    @Override
    public List<WorkerHandle> workers() {
        return new ArrayList<>(running);
    }

    void started(RemoteWorker w) {
        running.add(w);
    }

    void exited(RemoteWorker w) {
        running.remove(w);
    }

    @Override
    public void stop(List<WorkerHandle> workers) throws InterruptedException {
        for (WorkerHandle w : workers) {
            ((RemoteWorker) w).stop();
        }
        long deadline = System.nanoTime() + STOP_MILLIS * 1_000_000L;
        for (WorkerHandle w : workers) {
            ((RemoteWorker) w).awaitExit(Math.max(0, (deadline - System.nanoTime()) / 1_000_000L));
        }
    }
}
