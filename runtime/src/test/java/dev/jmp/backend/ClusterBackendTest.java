package dev.jmp.backend;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.StartMethod;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import dev.jmp.pool.TaskFailedException;
import dev.jmp.pool.WorkerDiedException;
import dev.jmp.spi.BackendProvider;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StartMethod#CLUSTER} finds its backend through {@code ServiceLoader}: without one it fails
 * with a coded error naming the artifact to add; with one, the same pool, executor and process
 * code runs on it, and nothing starts a child JVM.
 */
@ExtendWith(NoLeftovers.class)
class ClusterBackendTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void withoutABackendOnTheClassPathClusterFailsSayingWhichArtifactToAdd() {
        Context cluster = Multiprocessing.getContext(StartMethod.CLUSTER);
        List<Executable> uses = List.of(
                () -> new Pool(2, null, 0, cluster),
                () -> new ProcessPoolExecutor(2, cluster),
                () -> cluster.process(square(3)).start());
        for (Executable use : uses) {
            IllegalStateException e = assertThrows(IllegalStateException.class, use);
            assertTrue(e.getMessage().startsWith("[jmp.cluster.no-backend] "), e.getMessage());
            assertTrue(e.getMessage().contains("dev.jmp:jmp-cluster-hazelcast"), e.getMessage());
        }
        assertEquals(StartMethod.CLUSTER, StartMethod.parse("Cluster"));
        assertEquals(0, ProcessHandle.current().children().count(), "a cluster context started a child JVM");
    }

    @Test
    void aPoolRunsOnTheBackendTheServiceLoaderFinds() throws Throwable {
        int before = InProcessBackend.WORKERS_STARTED.get();
        List<Integer> xs = new ArrayList<>();
        List<Integer> squares = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            xs.add(i);
            squares.add(i * i);
        }
        withBackend(() -> {
            try (Pool pool = new Pool(2, null, 0, Multiprocessing.getContext(StartMethod.CLUSTER))) {
                assertEquals(squares, pool.map(PoolTasks::square, xs, 7), "chunks, two batches in flight per worker");
                List<Integer> lazily = new ArrayList<>();
                pool.imap(PoolTasks::square, xs, 3).forEachRemaining(lazily::add);
                assertEquals(squares, lazily);
                assertEquals(49, pool.apply(square(7)));
                TaskFailedException failed = assertThrows(TaskFailedException.class, () -> pool.apply(steps("throw:boom")));
                assertInstanceOf(IllegalArgumentException.class, failed.getCause());
            }
        });
        assertTrue(InProcessBackend.WORKERS_STARTED.get() - before >= 2, "the pool's workers were the backend's");
        assertEquals(0, ProcessHandle.current().children().count(), "a cluster pool started a child JVM");
    }

    @Test
    void cancelTrueKillsTheBackendsWorkerAndWhatItHeldUnstartedRunsOnItsReplacement() throws Throwable {
        Path started = tmp.resolve("started");
        withBackend(() -> {
            try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, Multiprocessing.getContext(StartMethod.CLUSTER))) {
                CompletableFuture<String> hang = executor.submit(steps("touch:" + started, "hang"));
                CompletableFuture<Integer> next = executor.submit(square(3));
                assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task never started");
                assertTrue(hang.cancel(true));
                assertThrows(CancellationException.class, hang::join);
                assertEquals(9, next.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
                executor.shutdownNow();
            }
        });
    }

    @Test
    void aProcessRunsOnTheBackendWithItsPidJoinAndExitCode() throws Throwable {
        withBackend(() -> {
            Context cluster = Multiprocessing.getContext(StartMethod.CLUSTER);
            Process ok = cluster.process(steps("return:x"));
            ok.start();
            assertTrue(ok.join(LIMIT));
            assertEquals(OptionalInt.of(0), ok.exitCode());
            assertEquals(ProcessHandle.current().pid(), ok.pid());
            Process failing = cluster.process(steps("throw:boom"));
            failing.start();
            failing.join();
            assertEquals(OptionalInt.of(1), failing.exitCode());
            assertTrue(failing.sentinel().isDone());
        });
    }

    @Test
    void aWorkerLostWithItsMachineFailsEveryTaskItHeldAndTheQueueGoesToItsReplacement() throws Throwable {
        Path started = tmp.resolve("started");
        withBackend(() -> {
            try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, Multiprocessing.getContext(StartMethod.CLUSTER))) {
                CompletableFuture<String> running = executor.submit(steps("touch:" + started, "hang"));
                CompletableFuture<Integer> held = executor.submit(square(3)); // the second batch of its credit
                assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task never started");
                InProcessBackend.loseMachine();
                for (CompletableFuture<?> lost : List.of(running, held)) {
                    ExecutionException e = assertThrows(ExecutionException.class, () -> lost.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
                    WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
                    assertTrue(died.getMessage().startsWith(InProcessBackend.MACHINE_LOST + "; worker "), died.getMessage());
                    assertTrue(died.getMessage().contains("may have run there"), died.getMessage());
                }
                assertEquals(16, executor.submit(square(4)).get(LIMIT.toSeconds(), TimeUnit.SECONDS), "the replacement runs");
                executor.shutdownNow();
            }
        });
    }

    @Test
    void withRetriesATaskHeldByALostWorkerRunsAgainElsewhereAsOftenAsTheBackendAllows() throws Throwable {
        Path started = tmp.resolve("started");
        Path release = tmp.resolve("release");
        InProcessBackend.retries = 1;
        try {
            withBackend(() -> {
                try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, Multiprocessing.getContext(StartMethod.CLUSTER))) {
                    CompletableFuture<String> retried = executor.submit(steps("touch:" + started, "await:" + release, "return:a"));
                    CompletableFuture<Integer> held = executor.submit(square(3));
                    assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task never started");
                    Files.delete(started);
                    InProcessBackend.loseMachine();
                    assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task did not run again");
                    Files.writeString(release, "");
                    assertEquals("a", retried.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
                    assertEquals(9, held.get(LIMIT.toSeconds(), TimeUnit.SECONDS));

                    Files.delete(started);
                    Files.delete(release);
                    CompletableFuture<String> twice = executor.submit(steps("touch:" + started, "await:" + release));
                    assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task never started");
                    Files.delete(started);
                    InProcessBackend.loseMachine();
                    assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task did not run again");
                    InProcessBackend.loseMachine();
                    ExecutionException e = assertThrows(ExecutionException.class, () -> twice.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
                    assertTrue(e.getCause().getMessage().contains("never came back after 1 retry on other workers"), e.getCause().getMessage());
                    executor.shutdownNow();
                }
            });
        } finally {
            InProcessBackend.retries = 0;
        }
    }

    /** Runs {@code body} with {@link InProcessBackend} registered as the service, as a cluster module is. */
    private void withBackend(Executable body) throws Throwable {
        Path services = tmp.resolve("services");
        Path file = services.resolve("META-INF/services/" + BackendProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, InProcessBackend.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            body.execute();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
