package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.cluster.driver.ClusterClient;
import dev.jmp.cluster.driver.RemoteProcess;
import dev.jmp.cluster.driver.RemoteWorkers;
import dev.jmp.internal.task.Tasks;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A driver's process and workers on the members, started through the driver's own handles, and
 * what the workers report: each runs {@code awaitRelease}, so that a test holds them running and
 * lets them finish when it chooses.
 */
final class Placed {

    private static final LaunchOptions OPTIONS = new LaunchOptions(List.of(), 0, Duration.ofSeconds(1));
    private static final int MOST_WORKERS = 4;

    private final Map<WorkerHandle, Reports> reports = new ConcurrentHashMap<>();

    /** What one worker reported. */
    private record Reports(CompletableFuture<Outcome> ready, CompletableFuture<Outcome> first,
                           CompletableFuture<WorkerExit> exit) implements WorkerEvents {
        Reports() {
            this(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
        }

        @Override
        public void ready(Outcome initializer) {
            ready.complete(initializer);
        }

        @Override
        public void outcomes(long batchId, int firstIndex, List<Outcome> outcomes, long busyNanos) {
            first.complete(outcomes.get(0));
        }

        @Override
        public void exited(WorkerExit exit) {
            this.exit.complete(exit);
        }
    }

    private Placed() {}

    /** A process of {@code driver} that has written {@code started} and waits for {@code release}. */
    static RemoteProcess process(ClusterClient driver, Path started, Path release) throws InterruptedException {
        RemoteProcess process = RemoteProcess.start(driver, "held", false,
                Tasks.call(WorkTasks.awaitRelease(started.toString(), release.toString())), OPTIONS);
        assertTrue(Await.until(() -> Files.exists(started)), "the process never started");
        return process;
    }

    /** Ready workers of {@code driver}, started until one is on member {@code host}. */
    static Placed workersWith(ClusterClient driver, String host) throws Exception {
        Placed placed = new Placed();
        RemoteWorkers pool = new RemoteWorkers(driver, OPTIONS, Optional.empty(), true);
        for (int i = 0; i < MOST_WORKERS && placed.reports.keySet().stream().noneMatch(w -> w.host().equals(host)); i++) {
            Reports r = new Reports();
            WorkerHandle worker = pool.worker("held-" + i, r);
            placed.reports.put(worker, r);
            worker.start();
            r.ready.get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS);
        }
        return placed;
    }

    /** The worker on member {@code host}. */
    WorkerHandle on(String host) {
        return reports.keySet().stream().filter(w -> w.host().equals(host)).findFirst()
                .orElseThrow(() -> new AssertionError("no worker on " + host + " of " + MOST_WORKERS));
    }

    /** Has {@code worker} run a task that writes {@code started} and waits for {@code release}; returns once it runs. */
    void run(WorkerHandle worker, Path started, Path release) throws InterruptedException {
        worker.send(1, List.of(Tasks.call(WorkTasks.awaitRelease(started.toString(), release.toString()))));
        assertTrue(Await.until(() -> Files.exists(started)), "the task never started on " + worker);
    }

    /** The outcome of the task {@code worker} ran, once it is back. */
    Outcome outcome(WorkerHandle worker) throws Exception {
        return reports.get(worker).first.get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Whether {@code worker} has reported its exit. */
    boolean exited(WorkerHandle worker) {
        return reports.get(worker).exit.isDone();
    }
}
