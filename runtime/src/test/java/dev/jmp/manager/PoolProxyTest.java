package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Python's {@code manager.Pool()}: a pool in the manager's server process, which every process
 * holding the proxy submits to.
 */
@ExtendWith(NoLeftovers.class)
class PoolProxyTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static long serverPid(BaseManager manager) {
        return ProcessHandle.current().children()
                .filter(h -> h.info().commandLine().orElse("").contains("-Djmp.child=" + manager.name() + " "))
                .findFirst().orElseThrow().pid();
    }

    /** Python: {@code m.Pool(2).apply(f, args)} and {@code .map(f, xs)} run in workers of the server process. */
    @Test
    void aManagersPoolRunsTasksInWorkersOfTheServer() throws Exception {
        try (SyncManager manager = Manager.start(); PoolProxy pool = manager.pool(2)) {
            assertEquals(49, (int) pool.apply(PoolTasks.square(7)));
            assertEquals(List.of(1, 4, 9, 16, 25), pool.map(PoolTasks::square, List.of(1, 2, 3, 4, 5)));
            assertEquals(List.of(1, 4, 9), pool.map(PoolTasks::square, List.of(1, 2, 3), 2));
            long worker = Long.parseLong(pool.apply(PoolTasks.steps("pid")));
            assertEquals(serverPid(manager), ProcessHandle.of(worker).orElseThrow().parent().orElseThrow().pid(),
                    "the worker is a child of the manager's server");
        }
    }

    /** Python: {@code apply_async} returns an {@code AsyncResult} with {@code get}, {@code wait}, {@code ready}, {@code successful}. */
    @Test
    void applyAsyncReturnsAResultHeldByTheManager() throws Exception {
        try (SyncManager manager = Manager.start(); PoolProxy pool = manager.pool(1)) {
            AsyncResultProxy<Integer> result = pool.applyAsync(PoolTasks.square(5));
            assertEquals(25, result.get(LIMIT));
            assertTrue(result.await(null));
            assertTrue(result.isReady());
            assertTrue(result.isSuccessful());
            AsyncResultProxy<List<Integer>> all = pool.mapAsync(PoolTasks::square, List.of(2, 3));
            assertEquals(List.of(4, 9), all.get());

            AsyncResultProxy<String> failed = pool.applyAsync(PoolTasks.steps("throw:boom"));
            ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(LIMIT));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals("boom", e.getCause().getMessage());
            assertTrue(!failed.isSuccessful());
        }
    }

    /** Python: a task that raises makes {@code pool.apply} raise the task's exception. */
    @Test
    void aFailedTaskThrowsItsOwnException() throws Exception {
        try (SyncManager manager = Manager.start(); PoolProxy pool = manager.pool(1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> pool.apply(PoolTasks.steps("throw:boom")));
            assertEquals("boom", e.getMessage());
            assertEquals(4, (int) pool.apply(PoolTasks.square(2)), "the pool goes on");
        }
    }

    @Test
    void anotherProcessSubmitsToTheSamePool() throws Exception {
        try (SyncManager manager = Manager.start(); PoolProxy pool = manager.pool(1)) {
            DictProxy<String, Integer> results = manager.dict();
            Process p = new Process(ManagerScript.task("pool-square:6", pool, results));
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow());
            assertEquals(36, results.get("square"));
        }
    }

    @Test
    void aTerminatedPoolRunsNoMoreTasks() throws Exception {
        try (SyncManager manager = Manager.start()) {
            PoolProxy pool = manager.pool(1);
            pool.close();
            assertThrows(RuntimeException.class, () -> pool.apply(PoolTasks.square(2)));
        }
    }
}
