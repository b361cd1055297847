package dev.jmp.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

@ExtendWith(SharedMemoryIsolation.class)
class QueueTest {

    @Test
    void itemsComeOutInTheOrderPutAndNullsAreItems() throws Exception {
        try (Queue<String> q = Queue.create(String.class)) {
            assertTrue(q.isEmpty());
            q.put("a");
            q.put(null);
            q.putNowait("c");
            assertEquals(3, q.qsize());
            assertEquals("a", q.get());
            assertNull(q.get(Duration.ofSeconds(1)));
            assertEquals("c", q.getNowait());
            assertTrue(q.isEmpty());
            assertFalse(q.isFull());
        }
    }

    @Test
    void aBoundedQueueRefusesWhenFullAndAnEmptyOneTimesOut() throws Exception {
        try (Queue<Integer> q = Queue.create(Integer.class, 2)) {
            q.put(1);
            q.put(2, Duration.ofSeconds(1));
            assertTrue(q.isFull());
            QueueFullException full = assertThrows(QueueFullException.class, () -> q.putNowait(3));
            assertTrue(full.getMessage().startsWith("[jmp.queue.full]"), full.getMessage());
            assertThrows(QueueFullException.class, () -> q.put(3, Duration.ofMillis(50)));
            assertEquals(1, q.get());
            q.putNowait(3);
            assertEquals(2, q.get());
            assertEquals(3, q.get());
            assertThrows(QueueEmptyException.class, q::getNowait);
            QueueEmptyException empty = assertThrows(QueueEmptyException.class, () -> q.get(Duration.ofMillis(50)));
            assertTrue(empty.getMessage().startsWith("[jmp.queue.empty]"), empty.getMessage());
            assertEquals(2, q.maxsize());
        }
    }

    private static final int SMALL_RING = 64 * 1024;

    /** An unbounded queue of bytes with a small ring, so that tests overflow it quickly. */
    private static Queue<byte[]> smallRing() {
        return new Queue<>(Elements.create(dev.jmp.codec.Codecs.of(byte[].class), 0, SMALL_RING));
    }

    @Test
    void anUnboundedQueueHoldsFarMoreThanItsRing() throws Exception {
        int items = 3 * SMALL_RING / 1000 + 7 + 2 * 1024; // past the ring and several overflow chunks
        try (Queue<byte[]> q = smallRing()) {
            for (int i = 0; i < items; i++) {
                q.put(payload(i, 997 + i % 50));
            }
            assertEquals(items, q.qsize());
            for (int i = 0; i < items / 2; i++) {
                assertArrayEquals(payload(i, 997 + i % 50), q.get());
            }
            for (int i = items; i < items + 1000; i++) { // while the overflow still holds older items
                q.put(payload(i, 997 + i % 50));
            }
            for (int i = items / 2; i < items + 1000; i++) {
                assertArrayEquals(payload(i, 997 + i % 50), q.get(), "item " + i);
            }
            assertTrue(q.isEmpty());
            q.put(payload(1, 10));
            assertArrayEquals(payload(1, 10), q.get());
        }
    }

    @Test
    void itemsLargerThanTheRingPassThrough() throws Exception {
        try (Queue<byte[]> q = smallRing()) {
            byte[] big = payload(3, 3 * SMALL_RING + 5);
            q.put(payload(1, 100));
            q.put(big);
            q.put(payload(2, 100));
            assertArrayEquals(payload(1, 100), q.get());
            assertArrayEquals(big, q.get());
            assertArrayEquals(payload(2, 100), q.get());
        }
    }

    @Test
    void theRingWrapsManyTimesWithRecordsOfEverySize() throws Exception {
        try (Queue<byte[]> q = smallRing()) {
            for (int round = 0; round < 20_000; round++) {
                int size = (round * 37) % 600;
                q.put(payload(round, size));
                if (round % 3 != 0) {
                    q.put(payload(-round, size + 1));
                    assertArrayEquals(payload(round, size), q.get());
                    assertArrayEquals(payload(-round, size + 1), q.get());
                } else {
                    assertArrayEquals(payload(round, size), q.get());
                }
            }
        }
    }

    @Test
    void threadsPuttingAndGettingThroughRingAndOverflowLoseNothingAndKeepEachProducersOrder() throws Exception {
        int producers = 3;
        int perProducer = 20_000;
        try (Queue<byte[]> q = smallRing()) {
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int producer = p;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        try {
                            q.put(payload(producer << 24 | i, 4 + (i * 7) % 300));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            int[] next = new int[producers];
            long[] received = new long[1];
            Thread consumer = new Thread(() -> {
                try {
                    for (int n = 0; n < producers * perProducer; n++) {
                        byte[] item = q.get(Duration.ofSeconds(30));
                        int id = java.nio.ByteBuffer.wrap(item).getInt();
                        int producer = id >>> 24;
                        assertEquals(next[producer]++, id & 0xffffff, "order of producer " + producer);
                        assertArrayEquals(payload(id, item.length), item);
                        received[0]++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            consumer.setUncaughtExceptionHandler((t, e) -> received[0] = -1);
            consumer.start();
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            consumer.join(60_000);
            assertEquals(producers * (long) perProducer, received[0]);
            assertTrue(q.isEmpty());
        }
    }

    @Test
    void aQueueKeptNearlyEmptyStaysInItsRingWhereverTheRingStartsAgain() throws Exception {
        try (Queue<byte[]> q = Queue.create(byte[].class)) {
            for (int i = 0; i < 40_000; i++) { // 60 MB through a 16 MiB ring, never more than 2 KiB waiting
                q.put(payload(i, 1024));
                if (i % 3 == 0) {
                    q.put(payload(-i, 1024));
                }
                assertArrayEquals(payload(i, 1024), q.get());
                if (i % 3 == 0) {
                    assertArrayEquals(payload(-i, 1024), q.get());
                }
            }
            long overflowChunks = java.nio.file.Files.list(SharedMemoryIsolation.directory())
                    .filter(f -> f.toFile().length() == 64 + dev.jmp.ring.RecordQueue.OVERFLOW_CHUNK_BYTES).count();
            assertEquals(0, overflowChunks, "records went to overflow chunks though the ring had room");
        }
    }

    private static void assertClosed(Executable call) {
        IllegalStateException e = assertThrows(IllegalStateException.class, call);
        assertTrue(e.getMessage().startsWith("[jmp.queue.closed]"), e.getMessage());
    }

    /**
     * After {@code close()} every method that touches the queue throws, {@code qsize} and
     * {@code isEmpty} included: Python's closed queue raises on {@code put}, {@code get} and
     * {@code empty}, and jmp answers none of them either.
     */
    @Test
    void aClosedQueueRefusesEveryMethod() throws Exception {
        Queue<String> q = Queue.create(String.class, 3);
        q.put("left");
        q.close();
        q.close();
        assertClosed(() -> q.put("x"));
        assertClosed(() -> q.put("x", Duration.ZERO));
        assertClosed(() -> q.putNowait("x"));
        assertClosed(q::get);
        assertClosed(() -> q.get(Duration.ZERO));
        assertClosed(q::getNowait);
        assertClosed(q::qsize);
        assertClosed(q::isEmpty);
        assertClosed(q::isFull);
        assertClosed(q::maxsize);
        assertClosed(q::shutdown);
        assertClosed(q::isShutDown);
        assertClosed(() -> Handles.encode(q));
        assertEquals("Queue(closed)", q.toString());
    }

    /** As {@link #aClosedQueueRefusesEveryMethod}, for the verbs of JoinableQueue and SimpleQueue. */
    @Test
    void closedJoinableAndSimpleQueuesRefuseEveryMethod() throws Exception {
        JoinableQueue<String> joinable = JoinableQueue.create(String.class);
        joinable.put("a");
        joinable.close();
        assertClosed(() -> joinable.put("b"));
        assertClosed(joinable::taskDone);
        assertClosed(joinable::join);
        assertClosed(() -> joinable.join(Duration.ZERO));
        assertClosed(joinable::unfinishedTasks);
        assertClosed(joinable::qsize);
        assertEquals("JoinableQueue(closed)", joinable.toString());

        SimpleQueue<String> simple = SimpleQueue.create(String.class);
        simple.put("a");
        simple.close();
        assertClosed(() -> simple.put("b"));
        assertClosed(simple::get);
        assertClosed(simple::isEmpty);
        assertClosed(simple::shutdown);
        assertEquals("SimpleQueue(closed)", simple.toString());
    }

    @Test
    void aJoinableQueueJoinsWhenEveryItemIsDone() throws Exception {
        try (JoinableQueue<String> q = JoinableQueue.create(String.class)) {
            assertTrue(q.join(Duration.ZERO));
            q.put("a");
            q.put("b");
            assertFalse(q.join(Duration.ofMillis(20)));
            q.get();
            q.taskDone();
            assertEquals(1, q.unfinishedTasks());
            Thread worker = new Thread(() -> {
                try {
                    q.get();
                    q.taskDone();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            assertTrue(q.join(Duration.ofSeconds(30)));
            worker.join();
            IllegalStateException e = assertThrows(IllegalStateException.class, q::taskDone);
            assertTrue(e.getMessage().startsWith("[jmp.queue.task-done-too-often]"), e.getMessage());
        }
    }

    @Test
    void aSimpleQueuePutsAndGets() throws Exception {
        try (SimpleQueue<Long> q = SimpleQueue.create(long.class)) {
            assertTrue(q.isEmpty());
            q.put(5L);
            q.put(null);
            assertFalse(q.isEmpty());
            assertEquals(5L, q.get());
            assertNull(q.get());
        }
    }

    static byte[] payload(int seed, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) seed);
        if (size >= 4) {
            bytes[0] = (byte) (seed >>> 24);
            bytes[1] = (byte) (seed >>> 16);
            bytes[2] = (byte) (seed >>> 8);
            bytes[3] = (byte) seed;
        }
        return bytes;
    }
}
