package dev.jmp.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.codec.Codecs;
import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Python 3.13's {@code queue.Queue.shutdown(immediate)} and {@code queue.ShutDown}, for jmp's queues. */
@ExtendWith(SharedMemoryIsolation.class)
class QueueShutdownTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static void assertShutDown(Executable call) {
        QueueShutDownException e = assertThrows(QueueShutDownException.class, call);
        assertTrue(e.getMessage().startsWith("[jmp.queue.shut-down]"), e.getMessage());
    }

    /** Runs {@code call} in a thread and returns what it throws, once the thread has waited a little. */
    private static CompletableFuture<Throwable> blockedCall(Executable call) throws InterruptedException {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                call.execute();
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        // Not needed for the outcome, which is the same either way; it makes the wake-up the case tested.
        Deadline.await(LIMIT, () -> thread.getState() == Thread.State.TIMED_WAITING || thrown.isDone());
        return thrown;
    }

    private static Throwable outcome(CompletableFuture<Throwable> thrown) throws Exception {
        return thrown.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Python: after {@code q.shutdown()}, {@code put} and {@code put_nowait} raise {@code ShutDown};
     * {@code get} returns the items left, then raises {@code ShutDown} instead of blocking.
     */
    @Test
    void afterShutdownPutsRaiseAndGetsReturnWhatIsLeftThenRaise() throws Exception {
        try (Queue<String> q = Queue.create(String.class, 5)) {
            q.put("a");
            q.put("b");
            assertFalse(q.isShutDown());
            q.shutdown();
            assertTrue(q.isShutDown());
            assertShutDown(() -> q.put("c"));
            assertShutDown(() -> q.put("c", Duration.ofSeconds(1)));
            assertShutDown(() -> q.putNowait("c"));
            assertEquals(2, q.qsize());
            assertEquals("a", q.get());
            assertEquals("b", q.getNowait());
            assertShutDown(q::get);
            assertShutDown(() -> q.get(Duration.ofSeconds(30)));
            assertShutDown(q::getNowait);
            assertTrue(q.isEmpty());
        }
    }

    /**
     * Python: {@code q.shutdown(immediate=True)} empties the queue, so gets raise {@code ShutDown}
     * at once; here the items reach past the ring into overflow files, which go too.
     */
    @Test
    void anImmediateShutdownDiscardsTheItemsLeft() throws Exception {
        try (Queue<byte[]> q = new Queue<>(Elements.create(Codecs.of(byte[].class), 0, 64 * 1024))) {
            for (int i = 0; i < 100; i++) {
                q.put(new byte[2_000]);
            }
            q.shutdown(true);
            assertEquals(0, q.qsize());
            assertShutDown(q::get);
            assertShutDown(q::getNowait);
        }
    }

    /** Python: a thread blocked in {@code get()} on an empty queue wakes with {@code ShutDown}. */
    @Test
    void aBlockedGetWakesWithShutDown() throws Exception {
        try (Queue<String> q = Queue.create(String.class)) {
            CompletableFuture<Throwable> waiting = blockedCall(q::get);
            q.shutdown();
            assertTrue(outcome(waiting) instanceof QueueShutDownException, String.valueOf(outcome(waiting)));
        }
    }

    /** Python: a thread blocked in {@code put()} on a full queue wakes with {@code ShutDown}. */
    @Test
    void aBlockedPutWakesWithShutDownAndTheItemsStay() throws Exception {
        try (Queue<Integer> q = Queue.create(Integer.class, 1)) {
            q.put(1);
            CompletableFuture<Throwable> waiting = blockedCall(() -> q.put(2));
            q.shutdown();
            assertTrue(outcome(waiting) instanceof QueueShutDownException, String.valueOf(outcome(waiting)));
            assertEquals(1, q.get());
            assertShutDown(q::get);
        }
    }

    /**
     * Python's {@code JoinableQueue}: {@code shutdown(immediate=True)} calls {@code task_done()}
     * for every item it discards, so {@code join()} returns once the items already got are done.
     */
    @Test
    void anImmediateShutdownCountsTheDiscardedItemsDoneAndReleasesJoin() throws Exception {
        try (JoinableQueue<String> q = JoinableQueue.create(String.class)) {
            q.put("a");
            q.put("b");
            q.put("c");
            assertEquals("a", q.get());
            CompletableFuture<Throwable> joining = blockedCall(q::join);
            q.shutdown(true);
            assertEquals(1, q.unfinishedTasks(), "\"a\" was got and is not done yet");
            assertFalse(joining.isDone());
            q.taskDone();
            assertEquals(null, outcome(joining));
            assertShutDown(() -> q.put("d"));
            assertEquals(0, q.unfinishedTasks(), "a refused put is not counted");
            assertTrue(q.join(Duration.ZERO));
        }
    }

    /** Python's {@code JoinableQueue}: after {@code shutdown()}, the items left still need {@code task_done()}. */
    @Test
    void aShutdownThatIsNotImmediateLeavesTheCountAlone() throws Exception {
        try (JoinableQueue<String> q = JoinableQueue.create(String.class)) {
            q.put("a");
            q.shutdown();
            assertEquals(1, q.unfinishedTasks());
            assertFalse(q.join(Duration.ofMillis(20)));
            assertEquals("a", q.get());
            q.taskDone();
            assertTrue(q.join(Duration.ZERO));
        }
    }

    /** jmp's SimpleQueue shuts down as a Queue does. */
    @Test
    void aSimpleQueueShutsDownToo() throws Exception {
        try (SimpleQueue<String> q = SimpleQueue.create(String.class)) {
            q.put("left");
            assertEquals("left", q.get());
            CompletableFuture<Throwable> waiting = blockedCall(q::get);
            q.shutdown();
            assertTrue(outcome(waiting) instanceof QueueShutDownException, String.valueOf(outcome(waiting)));
            assertShutDown(() -> q.put("late"));
        }
    }
}
