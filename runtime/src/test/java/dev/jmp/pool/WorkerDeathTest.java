package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A worker that dies fails only what it had in hand, and the pool goes on. */
@ExtendWith(NoLeftovers.class)
class WorkerDeathTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private long awaitPid(Path file) throws Exception {
        assertTrue(Deadline.await(LIMIT, () -> Files.exists(file)), "the task never started");
        return Long.parseLong(Files.readString(file));
    }

    @Test
    void aWorkerKilledMidTaskFailsOnlyThatTaskNamingItsPidAndSignalAndIsReplaced() throws Exception {
        try (Pool pool = new Pool(2)) {
            Path started = tmp.resolve("started");
            AsyncResult<String> victim = pool.applyAsync(steps("pidfile:" + started, "hang"));
            AsyncResult<String> bystander = pool.applyAsync(steps("sleep:200", "return:fine"));
            long pid = awaitPid(started);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            ExecutionException e = assertThrows(ExecutionException.class, () -> victim.get(LIMIT));
            WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
            assertEquals(pid, died.pid());
            assertEquals(-9, died.exitCode());
            assertTrue(died.getMessage().contains("(pid " + pid + ") died of signal 9 (SIGKILL) while running Steps.run"),
                    died.getMessage());
            assertEquals("fine", bystander.get(LIMIT));
            List<Integer> after = pool.map(x -> square(x), List.of(1, 2, 3, 4), 1);
            assertEquals(List.of(1, 4, 9, 16), after);
            long replacement = Long.parseLong(pool.apply(steps("pid")));
            assertNotEquals(pid, replacement);
        }
    }

    @Test
    void aWorkerTerminatedByAnotherProcessFailsItsTaskWithSignalFifteen() throws Exception {
        try (Pool pool = new Pool(1)) {
            Path started = tmp.resolve("started");
            AsyncResult<String> victim = pool.applyAsync(steps("pidfile:" + started, "hang"));
            long pid = awaitPid(started);
            ProcessHandle.of(pid).orElseThrow().destroy();
            ExecutionException e = assertThrows(ExecutionException.class, () -> victim.get(LIMIT));
            WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
            assertEquals(-15, died.exitCode());
            assertTrue(died.getMessage().contains("(pid " + pid + ") died of signal 15 (SIGTERM) while running Steps.run"),
                    died.getMessage());
            TaskFailedException exited = assertThrows(TaskFailedException.class, () -> pool.apply(steps("exit:143")));
            assertEquals(143, assertInstanceOf(WorkerDiedException.class, exited.getCause()).exitCode());
            assertEquals(25, pool.apply(square(5)));
        }
    }

    @Test
    void tasksOfTheDeadWorkersBatchThatHadNotStartedRunOnItsReplacement() throws Exception {
        try (Pool pool = new Pool(1)) {
            Path started = tmp.resolve("started");
            ResultIterator<String> it = pool.imap(s -> steps(s.split(",")), List.of(
                    "sleep:50,return:a", "pidfile:" + started + ",hang", "return:c"), 3);
            assertEquals("a", it.next(LIMIT), "reported before the worker died");
            ProcessHandle.of(awaitPid(started)).orElseThrow().destroyForcibly();
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> it.next(LIMIT));
            assertInstanceOf(WorkerDiedException.class, e.getCause());
            assertEquals("c", it.next(LIMIT), "never started, so run by the replacement");
        }
    }

    @Test
    void tasksTheDeadWorkerFinishedButHadNotSentBackKeepTheirResults() throws Exception {
        try (Pool pool = new Pool(1)) {
            Path started = tmp.resolve("started");
            // One batch: the first two finish in microseconds, long before a partial report is due.
            ResultIterator<String> it = pool.imap(s -> steps(s.split(",")), List.of(
                    "return:a", "return:b", "pidfile:" + started + ",hang", "return:d"), 4);
            ProcessHandle.of(awaitPid(started)).orElseThrow().destroyForcibly();
            assertEquals("a", it.next(LIMIT));
            assertEquals("b", it.next(LIMIT));
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> it.next(LIMIT));
            assertTrue(e.getCause().getMessage().contains("while running Steps.run"), e.getCause().getMessage());
            assertEquals("d", it.next(LIMIT), "never started, so run by the replacement");
        }
    }

    @Test
    void aTaskThatExitsTheWorkerFailsWithTheExitCode() throws Exception {
        try (Pool pool = new Pool(1)) {
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(steps("exit:42")));
            WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
            assertEquals(42, died.exitCode());
            assertTrue(died.getMessage().contains("died of exit code 42 while running Steps.run"), died.getMessage());
            assertEquals(25, pool.apply(square(5)));
        }
    }

    @Test
    void maxTasksPerChildReplacesWorkersAfterThatManyTasks() throws Exception {
        try (Pool pool = new Pool(1, null, 2)) {
            List<String> pids = pool.map(x -> steps("pid"), List.of(1, 2, 3, 4, 5, 6), 3);
            assertEquals(pids.get(0), pids.get(1));
            assertNotEquals(pids.get(1), pids.get(2));
            assertEquals(pids.get(2), pids.get(3));
            assertEquals(3, pids.stream().distinct().count(), pids.toString());
        }
    }

    @Test
    void theInitializerRunsOncePerWorkerBeforeItsTasks() throws Exception {
        try (Pool pool = new Pool(2, steps("init:setup"))) {
            List<String> runs = pool.map(x -> steps("inits"), List.of(1, 2, 3, 4, 5, 6, 7, 8), 1);
            assertEquals(List.of("1"), runs.stream().distinct().toList());
        }
    }

    /**
     * As Python's worker prints its initializer's traceback, the exception reaches stderr in full
     * (stack trace, cause, suppressed), and it has by the time the pool reports itself broken.
     */
    @Test
    void aFailingInitializerBreaksThePoolWithItsExceptionPrintedInFull() throws Exception {
        try (CapturedOutput output = new CapturedOutput(); Pool pool = new Pool(1, steps("throw:no setup"))) {
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(square(2)));
            String err = output.err();
            assertTrue(err.contains("Exception in initializer of SpawnPoolWorker-"), err);
            assertTrue(err.contains("java.lang.IllegalArgumentException: no setup"), err);
            assertTrue(err.contains("at dev.jmp.testing.StepsEntry.step"), err);
            assertTrue(err.contains("Caused by: java.lang.IllegalStateException: the cause"), err);
            assertTrue(err.contains("Suppressed: java.lang.UnsupportedOperationException: suppressed one"), err);
            BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, e.getCause());
            assertTrue(broken.getMessage().startsWith("[jmp.pool.initializer-failed] the initializer Steps.run failed"),
                    broken.getMessage());
            assertInstanceOf(IllegalArgumentException.class, broken.getCause());
            assertThrows(BrokenPoolException.class, () -> pool.applyAsync(square(2)));
        }
    }

    @Test
    void terminateStopsRunningTasksCancelsQueuedOnesAndLeavesNoWorker() throws Exception {
        Pool pool = new Pool(1);
        AsyncResult<String> running = pool.applyAsync(steps("hang"));
        AsyncResult<String> queued = pool.applyAsync(steps("return:never"));
        pool.terminate();
        assertThrows(java.util.concurrent.CancellationException.class, () -> running.get(LIMIT));
        assertThrows(java.util.concurrent.CancellationException.class, () -> queued.get(LIMIT));
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
        assertThrows(IllegalStateException.class, () -> pool.apply(square(1)));
        pool.join();
    }

    @Test
    void shutdownLetsQueuedTasksFinishThenJoinWaitsForTheWorkers() throws Exception {
        Pool pool = new Pool(2);
        assertThrows(IllegalStateException.class, pool::join);
        AsyncResult<List<String>> r = pool.mapAsync(s -> steps("sleep:" + s, "return:" + s), List.of("100", "200", "50"), 1);
        pool.shutdown();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> pool.apply(square(1)));
        assertTrue(refused.getMessage().startsWith("[jmp.pool.not-running]"), refused.getMessage());
        pool.join();
        assertEquals(List.of("100", "200", "50"), r.get(Duration.ZERO));
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
    }
}
