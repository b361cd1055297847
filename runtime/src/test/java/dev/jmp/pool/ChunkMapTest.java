package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Task;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunk path of the map verbs: a factory's tasks made by a map's function travel as chunks,
 * run in the entry's loop, and keep every per-task rule of the pool (order, a failure fails its
 * own task, a dead worker fails the task it ran and its unstarted ones run elsewhere, the memo of
 * repeated arguments is by identity).
 */
@ExtendWith(NoLeftovers.class)
class ChunkMapTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    private static List<String> expected(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toList());
    }

    @Test
    void everyMapVerbRunsAFactorysTasksInChunkLoopsInInputOrderWhileApplyRunsOnItsOwn() throws Exception {
        try (Pool pool = new Pool(2); ProcessPoolExecutor executor = new ProcessPoolExecutor(2)) {
            assertEquals(expected("chunk", 100), pool.map(i -> steps("chunked", "return:" + i), range(100)));
            assertEquals(expected("chunk", 30), pool.map(i -> steps("chunked", "return:" + i), range(30), 7));
            assertEquals(expected("chunk", 30), pool.imap(i -> steps("chunked", "return:" + i), range(30), 4)
                    .stream().toList());
            assertEquals(expected("chunk", 30).stream().sorted().toList(),
                    pool.imapUnordered(i -> steps("chunked", "return:" + i), range(30), 4).stream().sorted().toList());
            List<Map.Entry<String, Integer>> pairs = range(10).stream().map(i -> Map.entry("chunked", i)).toList();
            assertEquals(expected("chunk", 10), pool.starmap((a, b) -> steps(a, "return:" + b), pairs));
            assertEquals(expected("chunk", 20), executor.map(i -> steps("chunked", "return:" + i), range(20), 5,
                    (Duration) null).stream().toList());
            assertEquals("single", pool.apply(steps("chunked")));
            assertEquals("single", executor.submit(steps("chunked")).get());
            assertEquals(range(500).stream().map(x -> x * x).toList(), pool.map(x -> square(x), range(500), 13));
        }
    }

    @Test
    void theSameArgumentObjectIsSentOncePerChunkAndAnEqualOneIsNot() throws Exception {
        try (Pool pool = new Pool(1)) {
            String[] shared = {"same"};
            assertEquals(List.of("new", "same", "same", "same", "same"), pool.map(i -> steps(shared), range(5), 5));
            assertEquals(List.of("new", "new", "new", "new"), pool.map(i -> steps(new String[] {"same"}), range(4), 4));
            // a new chunk decodes its values anew
            assertEquals(List.of("new", "same", "new", "same"), pool.map(i -> steps(shared), range(4), 2));
        }
    }

    @Test
    void aTaskThatThrowsInTheMiddleOfAChunkFailsTheMapAndTheTasksAfterItStillRun() throws Exception {
        try (Pool pool = new Pool(1)) {
            Path after = tmp.resolve("after");
            List<String[]> items = List.of(new String[] {"pid"}, new String[] {"throw:boom"}, new String[] {"touch:" + after});
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.map(s -> steps(s), items, 3));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals("boom", e.getCause().getMessage());
            assertTrue(Deadline.await(LIMIT, () -> Files.exists(after)), "the task after the failed one never ran");
            List<String> imapped = new ArrayList<>();
            ResultIterator<String> results = pool.imap(s -> steps(s), items, 3);
            imapped.add(results.next());
            TaskFailedException failed = assertThrows(TaskFailedException.class, () -> results.next(LIMIT));
            assertEquals("boom", failed.getCause().getMessage());
            assertTrue(results.hasNext());
            assertEquals("", results.next());
            assertEquals(1, imapped.size());
        }
    }

    @Test
    void aWorkerKilledMidChunkFailsTheTaskItRanAndItsUnstartedTasksRunOnItsReplacement() throws Exception {
        try (Pool pool = new Pool(1)) {
            Path first = tmp.resolve("first");
            Path victim = tmp.resolve("victim");
            Path third = tmp.resolve("third");
            List<String[]> items = List.of(new String[] {"pidfile:" + first}, new String[] {"pidfile:" + victim, "hang"},
                    new String[] {"pidfile:" + third});
            AsyncResult<List<String>> map = pool.mapAsync(s -> steps(s), items, 3);
            assertTrue(Deadline.await(LIMIT, () -> Files.exists(victim)), "the second task never started");
            long pid = Long.parseLong(Files.readString(victim));
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            ExecutionException e = assertThrows(ExecutionException.class, () -> map.get(LIMIT));
            WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
            assertEquals(pid, died.pid());
            assertTrue(died.getMessage().contains("while running Steps.run"), died.getMessage());
            assertTrue(Deadline.await(LIMIT, () -> Files.exists(third)), "the unstarted task never ran elsewhere");
            long replacement = Long.parseLong(Files.readString(third));
            assertNotEquals(pid, replacement);
            assertEquals(pid, Long.parseLong(Files.readString(first)), "the finished task ran again");
            assertEquals(List.of(1, 4, 9), pool.map(x -> square(x), List.of(1, 2, 3), 3));
        }
    }

    @Test
    void tasksMadeOutsideTheMapOrReturnedTwiceMixWithTheChunksInOrder() throws Exception {
        try (Pool pool = new Pool(2)) {
            Task<String> made = steps("return:made");
            assertEquals(List.of("made", "chunk", "chunk", "made", "chunk", "chunk", "made"),
                    pool.map(i -> i % 3 == 0 ? made : steps("chunked"), range(7), 4));
            // the function calls the factory but returns another task: the call is taken back
            assertEquals(List.of("made", "made", "made"), pool.map(i -> {
                steps("return:dropped");
                return made;
            }, range(3), 3));
            List<Task<String>> remembered = new ArrayList<>();
            List<String> reused = pool.map(i -> {
                if (i % 2 == 1) {
                    return remembered.get(remembered.size() - 1);
                }
                Task<String> task = steps("return:" + i);
                remembered.add(task);
                return task;
            }, range(6), 3);
            assertEquals(List.of("0", "0", "2", "2", "4", "4"), reused);
            assertEquals("4", pool.apply(remembered.get(2)));
        }
    }

    @Test
    void maxTasksPerChildCountsTheTasksOfAChunk() throws Exception {
        try (Pool pool = new Pool(1, null, 3)) {
            List<String> pids = pool.map(i -> steps("pid"), range(7), 7);
            assertEquals(1, pids.subList(0, 3).stream().distinct().count());
            assertEquals(1, pids.subList(3, 6).stream().distinct().count());
            assertEquals(3, pids.stream().distinct().count(), pids.toString());
        }
    }
}
