package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code cancel(true)} of a running task kills its worker; the pool replaces it and goes on. */
@ExtendWith(NoLeftovers.class)
class CancelRunningTaskTest {

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

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Lines a worker's death would print, or the message of an unexpected one. */
    private static void assertNoDeathReported(String err) {
        for (String line : err.split("\n")) {
            assertFalse(line.contains("died") || line.contains("[jmp.pool.worker"), "reported: " + err);
        }
    }

    /** Ours: JDK 23 and later throw a new CancellationException from get(), with ours as its cause. */
    private static Throwable ours(CancellationException c) {
        for (Throwable t = c; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("[jmp.pool.")) {
                return t;
            }
        }
        throw new AssertionError("no jmp cancellation in the chain", c);
    }

    @Test
    void cancelTrueKillsTheWorkerRunningTheTaskAndTheNextTaskRunsOnItsReplacement() throws Exception {
        try (CapturedOutput output = new CapturedOutput(); ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            Path started = tmp.resolve("started");
            CompletableFuture<String> running = executor.submit(steps("pidfile:" + started, "hang"));
            CompletableFuture<String> queued = executor.submit(steps("pid"));
            long pid = awaitPid(started);

            assertFalse(running.cancel(false), "cancel(false) leaves a running task alone");
            assertFalse(running.isDone());
            assertTrue(running.cancel(true));
            assertTrue(running.isCancelled());
            assertTrue(running.isDone());
            CancellationException c = assertThrows(CancellationException.class, () -> get(running));
            String why = ours(c).getMessage();
            assertTrue(why.startsWith("[jmp.pool.cancelled] Steps.run was cancelled while running"), why);
            assertTrue(running.cancel(true), "cancelling again still says it is cancelled");
            assertTrue(Deadline.await(LIMIT, () -> gone(pid)), "the worker running the task still lives");

            long replacement = Long.parseLong(get(queued));
            assertNotEquals(pid, replacement);
            assertEquals(49, get(executor.submit(square(7))));
            assertNoDeathReported(output.err());
        }
    }

    @Test
    void cancelOfAFinishedTaskReturnsFalseAndOfAQueuedOneSkipsIt() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            CompletableFuture<Integer> done = executor.submit(square(3));
            assertEquals(9, get(done));
            assertFalse(done.cancel(true));
            assertFalse(done.isCancelled());

            Path started = tmp.resolve("started");
            Path go = tmp.resolve("go");
            Path ran = tmp.resolve("ran");
            CompletableFuture<String> busy = executor.submit(steps("pidfile:" + started, "await:" + go, "return:busy"));
            CompletableFuture<String> skipped = executor.submit(steps("touch:" + ran, "return:skipped"));
            long pid = awaitPid(started);
            assertTrue(skipped.cancel(true), "a queued task is cancelled without killing anything");
            Files.writeString(go, "");
            assertEquals("busy", get(busy));
            assertEquals(String.valueOf(pid), get(executor.submit(steps("pid"))), "the worker was not killed");
            assertFalse(Files.exists(ran), "the cancelled task ran");
        }
    }

    @Test
    void killingAWorkerToCancelATaskSettlesItsBatchMatesAsForAnyDeadWorker() throws Exception {
        try (CapturedOutput output = new CapturedOutput(); ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            for (int i = 0; i < 50; i++) {
                get(executor.submit(square(i))); // the pool learns these tasks are tiny, so queued ones share a batch
            }
            Path blocking = tmp.resolve("blocking");
            Path go = tmp.resolve("go");
            Path started = tmp.resolve("started");
            CompletableFuture<String> blocker = executor.submit(steps("pidfile:" + blocking, "await:" + go, "exit:7"));
            long first = awaitPid(blocking);
            CompletableFuture<String> before = executor.submit(steps("return:before"));
            CompletableFuture<String> victim = executor.submit(steps("pidfile:" + started, "hang"));
            CompletableFuture<String> after = executor.submit(steps("pid"));
            // The blocker's worker dies, which teaches the pool nothing about how long tasks take,
            // so its replacement is sent the three queued tasks in one batch.
            Files.writeString(go, "");
            ExecutionException exited = assertThrows(ExecutionException.class, () -> get(blocker));
            assertEquals(7, assertInstanceOf(WorkerDiedException.class, exited.getCause()).exitCode());
            long pid = awaitPid(started);
            assertNotEquals(first, pid);
            assertFalse(after.cancel(false), "a task its worker already has counts as running, as in Python");

            assertTrue(victim.cancel(true));
            assertThrows(CancellationException.class, () -> get(victim));
            assertNotEquals(pid, Long.parseLong(get(after)), "not started, so run by the next worker");
            try {
                assertEquals("before", get(before)); // the worker may have sent it back before it was killed
            } catch (ExecutionException e) {
                WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
                assertEquals(pid, died.pid());
                assertTrue(died.getMessage().startsWith("[jmp.pool.worker-killed] worker SpawnProcess-"),
                        died.getMessage());
                assertTrue(died.getMessage().contains("(pid " + pid + ") was killed by the pool to stop Steps.run,"
                        + " whose future was cancelled with cancel(true), after running Steps.run, which shared its"
                        + " batch, but before sending that task's result back; the pool replaced the worker"),
                        died.getMessage());
            }
            assertEquals(16, get(executor.submit(square(4))));
            assertNoDeathReported(output.err());
        }
    }

    @Test
    void invokeAnyStopsTheTasksStillRunningOnceOneSucceeds() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2)) {
            Path started = tmp.resolve("started");
            Callable<String> hangs = ProcessPoolExecutor.callable(steps("pidfile:" + started, "hang"));
            Callable<String> waits = ProcessPoolExecutor.callable(steps("await:" + started, "return:second"));
            assertEquals("second", executor.invokeAny(List.of(hangs, waits)));
            long pid = awaitPid(started);
            assertTrue(Deadline.await(LIMIT, () -> gone(pid)), "the hanging task's worker was not stopped");
            assertEquals(List.of(1, 4), executor.map(x -> square(x), List.of(1, 2)).stream().toList());
        }
    }
}
