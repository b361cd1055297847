package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Multiprocessing;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stands for a kill on threads: {@code cancel(true)} and {@code terminate()} interrupt the
 * running task, and the worker is replaced as a killed process would be.
 */
@ExtendWith(NoLeftovers.class)
class ThreadCancelTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static boolean threadGone(String name) {
        return Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.isAlive() && t.getName().equals(name));
    }

    @Test
    void cancelTrueInterruptsTheRunningTaskAndTheNextRunsOnAReplacement(@TempDir Path tmp) throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, Multiprocessing.dummy())) {
            Path started = tmp.resolve("started");
            String worker = executor.submit(steps("name")).get(60, TimeUnit.SECONDS);
            CompletableFuture<String> running = executor.submit(steps("touch:" + started, "hang"));
            CompletableFuture<String> queued = executor.submit(steps("name"));
            assertTrue(Deadline.await(LIMIT, () -> Files.exists(started)), "the task never started");
            assertTrue(running.cancel(true));
            CancellationException c = assertThrows(CancellationException.class, () -> running.get(60, TimeUnit.SECONDS));
            assertTrue(running.isCancelled(), String.valueOf(c));
            assertTrue(Deadline.await(LIMIT, () -> threadGone(worker)), "the interrupted task's thread still runs");
            assertNotEquals(worker, queued.get(60, TimeUnit.SECONDS), "the next task ran on a replacement");
            assertEquals(49, executor.submit(square(7)).get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void terminateInterruptsWhatRunsAndCancelsWhatWaits() throws Exception {
        Pool pool = new ThreadPool(1);
        String worker = pool.apply(steps("name"));
        AsyncResult<String> hanging = pool.applyAsync(steps("hang"));
        AsyncResult<String> waiting = pool.applyAsync(steps("return:never"));
        pool.terminate();
        for (AsyncResult<String> r : java.util.List.of(hanging, waiting)) {
            CancellationException e = assertThrows(CancellationException.class, () -> r.get(LIMIT));
            assertTrue(e.getMessage().startsWith("[jmp.pool.terminated] "), e.getMessage());
        }
        assertTrue(Deadline.await(LIMIT, () -> threadGone(worker)), "the pool's thread still runs");
    }
}
