package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Multiprocessing;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's ways to stop an executor early: {@code shutdown(cancel_futures=True)} cancels the tasks
 * no worker has and lets the running ones finish; 3.14's {@code terminate_workers()} and
 * {@code kill_workers()} also cancel those, signal every worker, and break the executor, so a
 * task that was running fails with {@code BrokenProcessPool}. Each runs one task while two wait.
 */
@ExtendWith(NoLeftovers.class)
class ExecutorStoppingTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private long awaitPid(Path file) throws Exception {
        assertTrue(Deadline.await(LIMIT, () -> Files.exists(file)), "the task never started");
        return Long.parseLong(Files.readString(file));
    }

    private static boolean gone(long pid) {
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    private static void assertCancelled(CompletableFuture<?> f) {
        assertTrue(f.isCancelled(), "not cancelled: " + f);
        assertThrows(CancellationException.class, () -> f.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void shutdownCancellingFuturesCancelsTheWaitingTasksAndLetsTheRunningOneFinish() throws Exception {
        Path pid = tmp.resolve("pid");
        Path release = tmp.resolve("release");
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            CompletableFuture<String> running = executor.submit(steps("pidfile:" + pid, "await:" + release,
                    "return:finished"));
            long worker = awaitPid(pid);
            List<CompletableFuture<Integer>> waiting = List.of(executor.submit(square(2)), executor.submit(square(3)));
            executor.shutdown(true);
            waiting.forEach(ExecutorStoppingTest::assertCancelled);
            assertFalse(running.isDone());
            assertTrue(executor.isShutdown());
            assertThrows(RejectedExecutionException.class, () -> executor.submit(square(4)));
            Files.writeString(release, "");
            assertEquals("finished", running.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(executor.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(gone(worker), "worker " + worker + " left running");
        }
    }

    @Test
    void shutdownWithoutCancellingRunsEveryTask() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            List<CompletableFuture<Integer>> all = List.of(executor.submit(square(2)), executor.submit(square(3)));
            executor.shutdown(false);
            assertEquals(4, all.get(0).get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(9, all.get(1).get(LIMIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void terminateWorkersCancelsTheWaitingTasksFailsTheRunningOneAndLeavesNoWorker() throws Exception {
        stopWorkers(false, "terminateWorkers()");
    }

    @Test
    void killWorkersCancelsTheWaitingTasksFailsTheRunningOneAndLeavesNoWorker() throws Exception {
        stopWorkers(true, "killWorkers()");
    }

    /** Stopped while its only worker still runs its initializer, the task waiting for it is cancelled. */
    @Test
    void terminateWorkersWhileAWorkerStartsLeavesNoWorker() throws Exception {
        Path pid = tmp.resolve("pid");
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, Multiprocessing.defaultContext(),
                steps("pidfile:" + pid, "hang"), 0)) {
            CompletableFuture<Integer> waiting = executor.submit(square(2));
            long worker = awaitPid(pid);
            executor.terminateWorkers();
            assertTrue(gone(worker), "worker " + worker + " still running");
            assertTrue(executor.isTerminated());
            assertCancelled(waiting);
        }
    }

    /** Killed while another thread submits: every future settles, later submissions are refused. */
    @Test
    void killWorkersWhileTasksAreSubmittedSettlesEveryFutureAndLeavesNoWorker() throws Exception {
        List<CompletableFuture<Integer>> futures = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2)) {
            Thread submitter = new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        futures.add(executor.submit(square(i)));
                    }
                } catch (BrokenPoolException e) {
                    refused.set(e);
                }
            });
            submitter.start();
            assertTrue(Deadline.await(LIMIT, () -> futures.stream().anyMatch(CompletableFuture::isDone)));
            executor.killWorkers();
            submitter.join(LIMIT.toMillis());
            assertFalse(submitter.isAlive());
            assertTrue(executor.isTerminated());
            for (CompletableFuture<Integer> f : futures) {
                assertTrue(Deadline.await(LIMIT, f::isDone), "a future never settled");
                if (!f.isCancelled() && f.isCompletedExceptionally()) {
                    ExecutionException e = assertThrows(ExecutionException.class, f::get);
                    assertInstanceOf(BrokenPoolException.class, e.getCause());
                }
            }
            assertTrue(futures.size() == 200 || refused.get() != null, "neither all submitted nor refused");
        }
    }

    private void stopWorkers(boolean kill, String verb) throws Exception {
        Path pid = tmp.resolve("pid");
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            CompletableFuture<String> running = executor.submit(steps("pidfile:" + pid, "hang"));
            long worker = awaitPid(pid);
            List<CompletableFuture<Integer>> waiting = List.of(executor.submit(square(2)), executor.submit(square(3)));
            if (kill) {
                executor.killWorkers();
            } else {
                executor.terminateWorkers();
            }
            assertTrue(gone(worker), "worker " + worker + " still running after " + verb);
            assertTrue(executor.isTerminated());
            waiting.forEach(ExecutorStoppingTest::assertCancelled);
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> running.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertFalse(running.isCancelled());
            BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, e.getCause());
            assertTrue(broken.getMessage().startsWith("[jmp.pool.workers-stopped] " + verb), broken.getMessage());
            BrokenPoolException later = assertThrows(BrokenPoolException.class, () -> executor.submit(square(4)));
            assertTrue(later.getMessage().contains("create a new executor"), later.getMessage());
        }
    }
}
