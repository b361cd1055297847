package dev.jmp.queue;

import static dev.jmp.queue.BlockChild.PER_PRODUCER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.codec.Codecs;
import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.sync.Event;
import dev.jmp.testing.JavaProgram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Several producer and consumer processes on a queue whose backlog runs past its ring. */
@ExtendWith(SharedMemoryIsolation.class)
class SpillingProcessesTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);
    private static final int BIG = 256 * 1024;
    /** Blocks of this size get an overflow chunk each. */
    private static final int OVER_A_CHUNK = (1 << 20) + 200_000;

    @Test
    void aProducerPutsAfterAnotherSpilledPastItAndItsChunksWereReadAndRemoved() throws Exception {
        try (Queue<byte[]> q = Queue.create(byte[].class)) {
            for (int i = 0; i < 70; i++) { // 63 fill the 16 MiB ring, 7 overflow
                q.put(QueueChild.block(i, BIG));
            }
            JavaProgram child = JavaProgram.start(SharedMemoryIsolation.childOptions(), BlockChild.class, "put-range", Handles.encode(q), "70", "16",
                    Integer.toString(BIG));
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            for (int i = 0; i < 82; i++) {
                assertEquals(i, QueueChild.checkBlock(q.get(Duration.ofSeconds(10))));
            }

            q.put(QueueChild.block(86, BIG)); // behind the 4 left, in a chunk the child made

            for (int i = 82; i < 87; i++) {
                assertEquals(i, QueueChild.checkBlock(q.get(Duration.ofSeconds(10))));
            }
            assertTrue(q.isEmpty());
        }
        assertEquals(List.of(), SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()));
    }

    /**
     * Four producers put a backlog far past the ring and pause; it is drained down to a few
     * items, so every chunk a producer last wrote is gone; then they go on while four consumers
     * get everything.
     */
    @Test
    void fourProducersAndFourConsumersOfBlocksPastTheRingGetEveryBlockExactlyOnce() throws Exception {
        int producers = 4;
        int consumers = 4;
        int perProducer = 160;
        int beforeGate = 100; // 400 blocks of 68 KiB on average: 27 MiB, 11 MiB past the ring
        List<Integer> got = new ArrayList<>();
        try (Queue<byte[]> q = Queue.create(byte[].class); Event gate = Event.create()) {
            String handle = Handles.encode(q);
            List<JavaProgram> producing = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                producing.add(JavaProgram.start(SharedMemoryIsolation.childOptions(), BlockChild.class, "produce", handle, Integer.toString(p),
                        Integer.toString(perProducer), Handles.encode(gate), Integer.toString(beforeGate)));
            }
            assertTrue(Deadline.await(CHILD_LIMIT, () -> q.qsize() == producers * beforeGate),
                    () -> "backlog " + q.qsize() + "; " + producing.get(0));
            while (q.qsize() > 4) {
                got.add(QueueChild.checkBlock(q.get(Duration.ofSeconds(10))));
            }
            gate.set();
            List<JavaProgram> consuming = new ArrayList<>();
            for (int c = 0; c < consumers; c++) {
                consuming.add(JavaProgram.start(SharedMemoryIsolation.childOptions(), BlockChild.class, "consume", handle));
            }
            for (JavaProgram child : producing) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            }
            for (int c = 0; c < consumers; c++) {
                q.put(BlockChild.end());
            }
            List<List<Integer>> perConsumer = new ArrayList<>(List.of(List.copyOf(got)));
            for (JavaProgram child : consuming) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
                perConsumer.add(idsOf(child));
            }
            perConsumer.forEach(SpillingProcessesTest::assertEachProducersOrder);
            int[] all = perConsumer.stream().flatMap(List::stream).mapToInt(Integer::intValue).sorted().toArray();
            int[] expected = new int[producers * perProducer];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = i / perProducer * PER_PRODUCER + i % perProducer;
            }
            assertTrue(Arrays.equals(expected, all), "every block exactly once; got " + all.length);
            assertTrue(q.isEmpty());
        }
        assertEquals(List.of(), SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()));
    }

    /**
     * A producer putting blocks larger than a chunk, each into a chunk of its own, is killed
     * while it alone puts (the others wait), most likely in the middle of a put; the others then
     * go on. What it published arrives whole and in order, what it did not never does.
     */
    @Test
    void aProducerKilledWhileTheQueueSpillsTearsNothingAndTheOthersGoOn() throws Exception {
        int others = 3;
        int perProducer = 100;
        int victim = others;
        try (Queue<byte[]> q = new Queue<>(Elements.create(Codecs.of(byte[].class), 24, 64 * 1024));
                Event gate = Event.create()) {
            String handle = Handles.encode(q);
            List<JavaProgram> producing = new ArrayList<>();
            for (int p = 0; p < others; p++) {
                producing.add(JavaProgram.start(SharedMemoryIsolation.childOptions(), BlockChild.class, "produce", handle, Integer.toString(p),
                        Integer.toString(perProducer), Handles.encode(gate), "20"));
            }
            JavaProgram killed = JavaProgram.start(SharedMemoryIsolation.childOptions(), BlockChild.class, "produce-until-killed", handle,
                    Integer.toString(victim), Integer.toString(OVER_A_CHUNK));
            int[] next = new int[others + 1];
            while (next[victim] < 10) {
                receive(q, next);
            }
            killed.kill();
            gate.set();
            while (Arrays.stream(next, 0, others).sum() < others * perProducer) {
                receive(q, next);
            }
            for (JavaProgram child : producing) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            }
            assertTrue(q.isEmpty(), "blocks of the killed producer after the others' last");
            q.put(QueueChild.block(-7, OVER_A_CHUNK), Duration.ofSeconds(30));
            assertEquals(-7, QueueChild.checkBlock(q.get(Duration.ofSeconds(5))));
        }
        assertEquals(List.of(), SharedMemoryIsolation.segmentFiles(SharedMemoryIsolation.directory()));
    }

    /** Gets a block, checks it and that it is the next of its producer. */
    private static void receive(Queue<byte[]> q, int[] next) throws InterruptedException {
        int id = QueueChild.checkBlock(q.get(CHILD_LIMIT));
        int producer = id / PER_PRODUCER;
        assertEquals(next[producer]++, id % PER_PRODUCER, "the next block of producer " + producer);
    }

    private static List<Integer> idsOf(JavaProgram consumer) {
        String line = consumer.out().lines().filter(l -> l.startsWith("ids ")).findFirst()
                .orElseThrow(() -> new AssertionError(consumer.toString())).substring(4);
        return line.isEmpty() ? List.of() : Arrays.stream(line.split(",")).map(Integer::valueOf).toList();
    }

    /** What one process got from each producer came in the order it was put. */
    private static void assertEachProducersOrder(List<Integer> ids) {
        int[] last = new int[16];
        Arrays.fill(last, -1);
        for (int id : ids) {
            int producer = id / PER_PRODUCER;
            assertTrue(id % PER_PRODUCER > last[producer], "out of order: " + id + " after " + last[producer]);
            last[producer] = id % PER_PRODUCER;
        }
    }
}
