package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProcessPoolExecutor#map} with Python's {@code timeout}, measured from the call to map. */
@ExtendWith(NoLeftovers.class)
class MapTimeoutTest {

    /** Ample for a warm worker to return a trivial result, on a loaded machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    @Test
    void aLateResultEndsTheMapNamingItAndCancelsTheTasksNotStarted() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            assertEquals(1, executor.submit(square(1)).get(60, TimeUnit.SECONDS)); // a warm worker
            Path go = tmp.resolve("go");
            Path ran = tmp.resolve("ran");
            long called = System.nanoTime();
            ResultIterator<String> results = executor.map(s -> steps(s.split(",")),
                    List.of("return:a", "await:" + go + ",return:b", "touch:" + ran + ",return:c"), TIMEOUT);

            assertEquals("a", results.next());
            MapTimeoutException late = assertThrows(MapTimeoutException.class, results::next);
            assertTrue(System.nanoTime() - called >= TIMEOUT.toNanos(), "measured from the call to map");
            assertEquals(1, late.index());
            assertEquals(TIMEOUT, late.timeout());
            assertInstanceOf(TimeoutException.class, late.getCause());
            assertTrue(late.getMessage().startsWith("[jmp.pool.map-timeout] result 1 (Steps.run) of the map was not"
                    + " ready within PT2S of the call to map; the map's tasks that had not started were cancelled"),
                    late.getMessage());
            assertFalse(results.hasNext(), "the iterator ends, as Python's generator does");
            NoSuchElementException none = assertThrows(NoSuchElementException.class, results::next);
            assertTrue(none.getMessage().contains("the map timed out"), none.getMessage());

            // The running task finishes; the one queued behind it is skipped, so the next task
            // submitted runs right after it on the only worker.
            Files.writeString(go, "");
            assertEquals("d", executor.submit(steps("return:d")).get(60, TimeUnit.SECONDS));
            assertFalse(Files.exists(ran), "a task of the timed-out map ran");
        }
    }

    @Test
    void resultsReadyInTimeComeBackInOrderWithChunksAndTheTimeoutIsChecked() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2)) {
            ResultIterator<Integer> squares = executor.map(PoolTasks::square, List.of(1, 2, 3, 4, 5), 2,
                    Duration.ofSeconds(60));
            assertEquals(List.of(1, 4, 9, 16, 25), squares.stream().toList());
            assertEquals(List.of(4), executor.map(PoolTasks::square, List.of(2), (Duration) null).stream().toList());
            IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                    () -> executor.map(PoolTasks::square, List.of(1), Duration.ofSeconds(-1)));
            assertTrue(negative.getMessage().startsWith("[jmp.pool.timeout]"), negative.getMessage());
        }
    }
}
