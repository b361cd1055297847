package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every verb of {@link Pool} on one shared pool of two workers: child JVMs here, threads in
 * {@link ThreadPoolTest}, which runs these same tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private Pool pool;

    /** The pool under test. */
    Pool newPool() {
        return new Pool(2);
    }

    /** What its workers are called, before the number. */
    String workerKind() {
        return "SpawnPoolWorker";
    }

    @BeforeAll
    void start() {
        pool = newPool();
    }

    @AfterAll
    void stop() throws Exception {
        pool.terminate();
        new NoLeftovers().afterEach(null);
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    @Test
    void applyRunsTheTaskInAWorkerAndReturnsItsResult() throws Exception {
        assertEquals(49, pool.apply(square(7)));
        long worker = Long.parseLong(pool.apply(steps("pid")));
        assertEquals(pool instanceof ThreadPool, worker == ProcessHandle.current().pid());
        assertTrue(pool.apply(steps("name")).startsWith(workerKind() + "-"));
    }

    @Test
    void mapReturnsResultsInInputOrderWhateverTheChunkSize() throws Exception {
        List<Integer> expected = range(1000).stream().map(x -> x * x).collect(Collectors.toList());
        assertEquals(expected, pool.map(PoolTasks::square, range(1000)));
        assertEquals(expected, pool.map(PoolTasks::square, range(1000), 1));
        assertEquals(expected, pool.map(PoolTasks::square, range(1000), 7));
        assertEquals(List.of(), pool.map(PoolTasks::square, List.of()));
        List<String> slowFirst = pool.map(s -> steps("sleep:" + s, "return:" + s), List.of("300", "0", "100", "0"), 1);
        assertEquals(List.of("300", "0", "100", "0"), slowFirst);
    }

    @Test
    void mapAsyncCompletesWithTheListAndCallsTheCallback() throws Exception {
        CompletableFuture<List<Integer>> seen = new CompletableFuture<>();
        AsyncResult<List<Integer>> r = pool.mapAsync(PoolTasks::square, List.of(1, 2, 3), 0, seen::complete, null);
        assertEquals(List.of(1, 4, 9), r.get(LIMIT));
        assertEquals(List.of(1, 4, 9), seen.get(60, TimeUnit.SECONDS));
        assertTrue(r.isReady());
        assertTrue(r.isSuccessful());
    }

    @Test
    void applyAsyncCallsTheCallbackOrTheErrorCallback() throws Exception {
        CompletableFuture<String> value = new CompletableFuture<>();
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        pool.applyAsync(steps("return:fine"), value::complete, error::complete);
        AsyncResult<String> failed = pool.applyAsync(steps("throw:bad"), value::complete, error::complete);
        assertEquals("fine", value.get(60, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, error.get(60, TimeUnit.SECONDS));
        failed.await();
        assertFalse(failed.isSuccessful());
    }

    /**
     * Python's {@code ApplyResult} is ready only after its callback (or error callback) has
     * returned, so code after {@code get()} sees what the callback did.
     */
    @Test
    void getReturnsOnlyAfterTheCallbackOrErrorCallbackHasRun() throws Exception {
        for (boolean fails : new boolean[] {false, true}) {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<Object> seenByCallback = new CopyOnWriteArrayList<>();
            java.util.function.Consumer<Object> slowCallback = value -> {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seenByCallback.add(value);
            };
            AsyncResult<String> r = pool.applyAsync(steps(fails ? "throw:bad" : "return:fine"), slowCallback::accept,
                    slowCallback::accept);
            assertTrue(entered.await(60, TimeUnit.SECONDS), "the callback never ran");
            assertFalse(r.isReady(), "ready while its callback runs");
            List<Object> seenAfterGet = new CopyOnWriteArrayList<>();
            Thread getter = new Thread(() -> {
                try {
                    r.get();
                } catch (InterruptedException | ExecutionException e) {
                    // a failed task: what matters is when get() returned
                }
                seenAfterGet.addAll(seenByCallback);
            });
            getter.start();
            // Either get() returned at once (wrong), or it waits for the callback.
            assertTrue(Deadline.await(LIMIT, () -> !getter.isAlive() || getter.getState() == Thread.State.WAITING));
            release.countDown();
            getter.join(LIMIT.toMillis());
            assertEquals(1, seenAfterGet.size(), "get() returned before the callback had run");
            assertTrue(r.isReady());
        }
    }

    @Test
    void aCallbackMayGetItsOwnResult() throws Exception {
        CompletableFuture<String> got = new CompletableFuture<>();
        CompletableFuture<AsyncResult<String>> self = new CompletableFuture<>();
        AsyncResult<String> r = pool.applyAsync(steps("return:mine"), value -> {
            try {
                got.complete(self.get(60, TimeUnit.SECONDS).get(Duration.ZERO));
            } catch (Exception e) {
                got.completeExceptionally(e);
            }
        });
        self.complete(r);
        assertEquals("mine", got.get(60, TimeUnit.SECONDS));
        assertEquals("mine", r.get(LIMIT));
    }

    @Test
    void getWithATimeoutThrowsWhileTheTaskRunsAndTheResultStaysUsable(@TempDir Path tmp) throws Exception {
        Path release = tmp.resolve("release");
        AsyncResult<String> r = pool.applyAsync(steps("await:" + release, "return:late"));
        assertThrows(TimeoutException.class, () -> r.get(Duration.ofMillis(10)));
        assertFalse(r.isReady());
        assertThrows(IllegalStateException.class, r::isSuccessful);
        assertFalse(r.await(Duration.ofMillis(1)));
        Files.writeString(release, "");
        assertEquals("late", r.get(LIMIT));
        assertTrue(r.await(Duration.ZERO));
    }

    @Test
    void theCompletableFutureViewCompletesWithTheResult() throws Exception {
        CompletableFuture<Integer> view = pool.applyAsync(square(12)).toCompletableFuture();
        assertEquals(145, view.thenApply(x -> x + 1).get(60, TimeUnit.SECONDS));
        CompletableFuture<String> failing = pool.applyAsync(steps("throw:no")).toCompletableFuture();
        ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(60, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void imapYieldsInInputOrderAndImapUnorderedAsTasksFinish(@TempDir Path tmp) throws Exception {
        // The first task waits until the test has seen the other two finish.
        Path release = tmp.resolve("release");
        List<String> first = List.of("await:" + release, "return:first");
        List<String> second = List.of("touch:" + tmp.resolve("second"), "return:second");
        List<String> third = List.of("touch:" + tmp.resolve("third"), "return:third");
        List<List<String>> tasks = List.of(first, second, third);

        ResultIterator<String> unordered = pool.imapUnordered(t -> steps(t.toArray(new String[0])), tasks);
        List<String> early = List.of(unordered.next(LIMIT), unordered.next(LIMIT));
        assertEquals(Set.of("second", "third"), Set.copyOf(early));
        Files.writeString(release, "");
        assertEquals("first", unordered.next(LIMIT));
        assertFalse(unordered.hasNext());

        Files.delete(release);
        Files.delete(tmp.resolve("second"));
        Files.delete(tmp.resolve("third"));
        ResultIterator<String> ordered = pool.imap(t -> steps(t.toArray(new String[0])), tasks);
        assertTrue(Deadline.await(LIMIT, () -> Files.exists(tmp.resolve("second")) && Files.exists(tmp.resolve("third"))));
        Files.writeString(release, "");
        assertEquals(List.of("first", "second", "third"), ordered.stream().collect(Collectors.toList()));
        assertEquals(range(50).stream().map(x -> x * x).collect(Collectors.toList()),
                pool.imap(PoolTasks::square, range(50), 4).stream().collect(Collectors.toList()));
    }

    @Test
    void imapReadsItsInputAsItGoesSoAnEndlessInputWorks() throws Exception {
        int[] pulled = {0};
        Iterable<Integer> endless = () -> new java.util.Iterator<>() {
            public boolean hasNext() {
                return true;
            }

            public Integer next() {
                return pulled[0]++;
            }
        };
        ResultIterator<Integer> squares = pool.imap(PoolTasks::square, endless);
        for (int i = 0; i < 20; i++) {
            assertEquals(i * i, squares.next(LIMIT));
        }
        assertTrue(pulled[0] < 1000, "imap read " + pulled[0] + " items for 20 results");
    }

    /** An exception of the test's own, as Python's tests raise {@code SayWhenError} from their input. */
    static final class SayWhen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SayWhen() {
            super("the input failed");
        }
    }

    /** Python's {@code exception_throwing_generator(total, when)}: 0, 1, ... and throws at {@code when}. */
    private static Iterable<Integer> throwingAt(int when) {
        return () -> new java.util.Iterator<>() {
            int next;

            public boolean hasNext() {
                return true;
            }

            public Integer next() {
                if (next == when) {
                    throw new SayWhen();
                }
                return next++;
            }
        };
    }

    /**
     * Python's {@code imap} reads its input as it goes: an input that fails gives the results of
     * the whole chunks read before it, then {@code next()} raises its exception and the iteration
     * ends. {@code imap} itself does not raise.
     */
    @Test
    void imapOfAFailingInputGivesTheResultsOfTheWholeChunksBeforeItThenThrowsFromNext() throws Exception {
        int[][] cases = {{1, 3, 3}, {2, 7, 6}, {4, 7, 4}}; // chunksize, failing item, results before it
        for (int[] c : cases) {
            ResultIterator<Integer> squares = pool.imap(PoolTasks::square, throwingAt(c[1]), c[0]);
            for (int i = 0; i < c[2]; i++) {
                assertEquals(i * i, squares.next(LIMIT), "chunksize " + c[0]);
            }
            assertThrows(SayWhen.class, squares::next, "chunksize " + c[0]);
            assertFalse(squares.hasNext(), "the iteration ends after the input's exception");
        }
        ResultIterator<Integer> unordered = pool.imapUnordered(PoolTasks::square, throwingAt(3), 1);
        Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            seen.add(unordered.next(LIMIT));
        }
        assertEquals(Set.of(0, 1, 4), seen);
        assertThrows(SayWhen.class, unordered::next);
        assertFalse(unordered.hasNext());
    }

    /**
     * As in Python, a pool's workers are daemons, and a daemon may not have children: a task that
     * starts a process fails, saying why; the worker goes on.
     */
    @Test
    void aTaskMayNotStartAProcessForAPoolsWorkersAreDaemons() throws Exception {
        CompletableFuture<String> starts = pool.applyAsync(steps("process:print:never|exit:42")).toCompletableFuture();
        ExecutionException e = assertThrows(ExecutionException.class, () -> starts.get(60, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getCause().getMessage().startsWith("[jmp.process.daemon-children] " + workerKind() + "-"),
                e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().contains(" without daemon(true), or start "), e.getCause().getMessage());
        assertEquals("true", pool.apply(steps("daemon")));
        assertEquals(4, pool.apply(square(2)));
    }

    @Test
    void starmapTakesBoundTasksOrAFactoryOfTwoArgumentsOverPairs() throws Exception {
        assertEquals(List.of(4, 9), pool.starmap(List.of(square(2), square(3))));
        assertEquals(List.of("a1", "b2"), pool.starmap((String s, Integer n) -> steps("return:" + s + n),
                List.of(Map.entry("a", 1), Map.entry("b", 2))));
        assertEquals(List.of(9, 16), pool.starmapAsync(List.of(square(3), square(4)), 1).get(LIMIT));
    }

    @Test
    void tasksSubmittedFromManyThreadsAllComplete() throws Exception {
        List<AsyncResult<Integer>> results = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int base = t * 1000;
            new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    results.add(pool.applyAsync(square(base + i)));
                }
                done.countDown();
            }).start();
        }
        assertTrue(done.await(60, TimeUnit.SECONDS));
        for (AsyncResult<Integer> r : results) {
            assertTrue(r.get(LIMIT) >= 0);
        }
        assertEquals(1000, results.size());
    }
}
