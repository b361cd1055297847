package dev.jmp.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.codec.Codecs;
import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.testing.JavaProgram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessQueueTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);

    @Test
    void fourProducersAndFourConsumersLoseAndDuplicateNothingAndKeepEachProducersOrder() throws Exception {
        int producers = 4;
        int consumers = 4;
        long perProducer = 25_000;
        try (Queue<Long> q = Queue.create(Long.class, 1000)) {
            String handle = Handles.encode(q);
            List<JavaProgram> consuming = new ArrayList<>();
            for (int i = 0; i < consumers; i++) {
                consuming.add(JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "consume", handle));
            }
            List<JavaProgram> producing = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                producing.add(JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "produce", handle, Integer.toString(p),
                        Long.toString(perProducer)));
            }
            for (JavaProgram child : producing) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            }
            for (int i = 0; i < consumers; i++) {
                q.put(-1L);
            }
            long[] count = new long[producers];
            long[] sum = new long[producers];
            for (JavaProgram child : consuming) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
                assertTrue(child.out().contains("fifo true"), child::toString);
                for (String line : child.out().lines().filter(l -> l.startsWith("producer ")).toList()) {
                    String[] parts = line.split(" ");
                    int p = Integer.parseInt(parts[1]);
                    if (p < producers) {
                        count[p] += Long.parseLong(parts[2]);
                        sum[p] += Long.parseLong(parts[3]);
                    }
                }
            }
            for (int p = 0; p < producers; p++) {
                assertEquals(perProducer, count[p], "items of producer " + p);
                assertEquals(perProducer * (perProducer - 1) / 2, sum[p], "checksum of producer " + p);
            }
            assertTrue(q.isEmpty());
        }
    }

    /** A queue of bytes whose ring is small, so that what is put goes on into overflow chunks. */
    private static Queue<byte[]> smallRing(int maxsize) {
        return new Queue<>(Elements.create(Codecs.of(byte[].class), maxsize, 64 * 1024));
    }

    @Test
    void aProducerThatExitsHangsNoJoinAndLosesNothingEvenPastTheRing() throws Exception {
        int blocks = 3_000;
        int size = 1024;
        try (Queue<byte[]> q = smallRing(0)) {
            JavaProgram producer = JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "put-blocks-and-exit", Handles.encode(q),
                    Integer.toString(blocks), Integer.toString(size));
            assertEquals(0, producer.awaitExit(CHILD_LIMIT), producer::toString); // nobody has read yet
            assertEquals(blocks, q.qsize());
            for (int i = 0; i < blocks; i++) {
                assertEquals(i, QueueChild.checkBlock(q.get(Duration.ofSeconds(10))));
            }
            assertTrue(q.isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ring", "overflow"})
    void aProducerKilledInTheMiddleOfPutsLeavesNoTornItemAndAUsableQueue(String path) throws Exception {
        int size = 256 * 1024; // most of the producer's time is spent copying, inside put
        try (Queue<byte[]> q = path.equals("ring") ? Queue.create(byte[].class, 8) : smallRing(8)) {
            JavaProgram producer = JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "put-blocks-until-killed", Handles.encode(q),
                    Integer.toString(size));
            int next = 0;
            for (; next < 20; next++) {
                assertEquals(next, QueueChild.checkBlock(q.get(CHILD_LIMIT)));
            }
            producer.kill();
            while (true) { // what it managed to publish is whole, in order; then nothing
                byte[] block;
                try {
                    block = q.get(Duration.ofMillis(300));
                } catch (QueueEmptyException e) {
                    break;
                }
                assertEquals(next++, QueueChild.checkBlock(block));
            }
            q.put(QueueChild.block(-7, 100), Duration.ofSeconds(30));
            assertEquals(-7, QueueChild.checkBlock(q.get(Duration.ofSeconds(5))));
            assertThrows(QueueEmptyException.class, () -> q.get(Duration.ofMillis(200)));
        }
    }

    @Test
    void aJoinableQueueIsJoinedWhenAWorkerProcessHasDoneEveryItem() throws Exception {
        try (JoinableQueue<String> work = JoinableQueue.create(String.class);
                SimpleQueue<String> results = SimpleQueue.create(String.class)) {
            JavaProgram worker = JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "work-joinable", Handles.encode(work),
                    Handles.encode(results));
            for (String item : List.of("a", "b", "c")) {
                work.put(item);
            }
            assertTrue(work.join(CHILD_LIMIT), worker::toString);
            Set<String> done = new TreeSet<>();
            for (int i = 0; i < 3; i++) {
                done.add(results.get());
            }
            assertEquals(Set.of("A", "B", "C"), done);
            work.put(null);
            assertTrue(work.join(CHILD_LIMIT));
            assertEquals(0, worker.awaitExit(CHILD_LIMIT), worker::toString);
        }
    }

    /**
     * Python 3.13's {@code Queue.shutdown()}, across processes: a {@code get} blocked in another
     * process on the empty queue wakes and raises {@code ShutDown}, after the items left were got.
     */
    @Test
    void aGetBlockedInAnotherProcessWakesWithShutDown() throws Exception {
        try (Queue<String> q = Queue.create(String.class)) {
            q.put("a");
            q.put("b");
            JavaProgram child = JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "get-until-shut-down", Handles.encode(q));
            child.awaitLine("got b", CHILD_LIMIT);
            q.shutdown();
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            assertTrue(child.out().contains("shut down: [jmp.queue.shut-down]"), child::toString);
        }
    }

    /**
     * Python's {@code JoinableQueue.shutdown(immediate=True)} counts each discarded item done:
     * another process shutting the queue down releases a {@code join()} waiting here, and the
     * shutdown is seen here.
     */
    @Test
    void anImmediateShutdownInAnotherProcessReleasesJoinHere() throws Exception {
        try (JoinableQueue<String> q = JoinableQueue.create(String.class)) {
            q.put("a");
            q.put("b");
            JavaProgram child = JavaProgram.start(SharedMemoryIsolation.childOptions(), QueueChild.class, "shut-down-immediately", Handles.encode(q));
            assertTrue(q.join(CHILD_LIMIT), child::toString);
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            assertTrue(q.isShutDown());
            assertEquals(0, q.qsize());
            assertThrows(QueueShutDownException.class, () -> q.put("c"));
        }
    }
}
