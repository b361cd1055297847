package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A pool that becomes unreachable without being closed has its workers terminated, with a warning. */
@ExtendWith(NoLeftovers.class)
class UnclosedPoolTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private static List<Long> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
    }

    /** Collects garbage until every one of {@code pids} has exited. */
    private static boolean collectedUntilGone(List<Long> pids) throws InterruptedException {
        return Deadline.await(LIMIT, () -> {
            System.gc();
            return pids.stream().allMatch(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        });
    }

    private record Forgotten(WeakReference<Pool> pool, AsyncResult<String> pending, List<Long> pids) {}

    /** Uses a pool, leaves a task running in it, and forgets it. */
    private Forgotten forgetAPoolWithATaskPending(Path started, Path go) throws Exception {
        Pool pool = new Pool(2);
        AsyncResult<String> pending = pool.applyAsync(steps("touch:" + started, "await:" + go, "return:finished"));
        assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task never started");
        return new Forgotten(new WeakReference<>(pool), pending, workers());
    }

    @Test
    void aForgottenPoolFinishesItsPendingTaskThenItsWorkersAreTerminatedWithAWarning() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Path started = tmp.resolve("started");
            Path go = tmp.resolve("go");
            Forgotten forgotten = forgetAPoolWithATaskPending(started, go);
            assertEquals(2, forgotten.pids().size(), forgotten.pids().toString());
            System.gc();
            assertNotNull(forgotten.pool().get(), "a pool with a task pending is still reachable through its result");
            Files.writeString(go, "");
            assertEquals("finished", forgotten.pending().get(LIMIT));

            assertTrue(collectedUntilGone(forgotten.pids()), "the forgotten pool's workers still run");
            String err = output.err();
            assertTrue(err.contains("[jmp.pool.unclosed] the Pool created at dev.jmp.pool.UnclosedPoolTest"
                    + ".forgetAPoolWithATaskPending(UnclosedPoolTest.java:"), err);
            assertTrue(err.contains(") was never closed and nothing refers to it any more; terminating its workers"
                    + " (pids "), err);
            assertTrue(err.contains("Close a pool when you are done with it: try (Pool pool = new Pool(...)) { ... },"
                    + " or call terminate() or shutdown()"), err);
        }
    }

    private static List<Long> forgetAnExecutor() throws Exception {
        ProcessPoolExecutor executor = new ProcessPoolExecutor(1);
        assertEquals("done", executor.submit(steps("return:done")).get(60, TimeUnit.SECONDS));
        return workers();
    }

    private static List<Long> closeAnExecutor() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            assertEquals("done", executor.submit(steps("return:done")).get(60, TimeUnit.SECONDS));
            return workers();
        }
    }

    @Test
    void aForgottenExecutorToo_butNotOneThatWasClosed() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            List<Long> closed = closeAnExecutor();
            List<Long> pids = forgetAnExecutor();
            assertEquals(1, pids.size(), pids.toString());
            assertTrue(collectedUntilGone(pids), "the forgotten executor's worker still runs");
            String err = output.err();
            assertTrue(err.contains("[jmp.pool.unclosed] the ProcessPoolExecutor created at dev.jmp.pool"
                    + ".UnclosedPoolTest.forgetAnExecutor(UnclosedPoolTest.java:"), err);
            assertTrue(err.contains("try (ProcessPoolExecutor executor = new ProcessPoolExecutor(...)) { ... },"
                    + " or call shutdown() or shutdownNow()"), err);
            assertTrue(err.lines().noneMatch(l -> l.contains("closeAnExecutor")),
                    "a closed executor " + closed + " was reported: " + err);
        }
    }
}
