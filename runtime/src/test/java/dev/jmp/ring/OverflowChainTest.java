package dev.jmp.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several views of one store stand for several processes: each view keeps its own idea of which
 * overflow chunk it is in, as a process does. The states a killed producer or consumer leaves are
 * made by setting the control words and files exactly as it would have left them.
 */
@ExtendWith(SharedMemoryIsolation.class)
class OverflowChainTest {

    /** Records of this size (with their header) fill three quarters of a chunk, three to a chunk. */
    private static final int ITEM = 256 * 1024;
    private static final int RING = 64 * 1024;

    private RecordStore creator;

    @BeforeEach
    void createStore() {
        creator = RecordStore.create(RING, 0);
    }

    @AfterEach
    void deleteStore() {
        creator.names.deleteAll();
        creator.words.close();
    }

    private RecordStore otherProcess() {
        return RecordStore.attach(creator.words);
    }

    @Test
    void aProducerWhoseChunkWasConsumedBehindItAppendsToTheCurrentOne() {
        RecordStore child = otherProcess();
        int next = append(creator, 0, 7); // chunks 1, 2 and the start of 3
        next = append(child, next, 16); // the rest of 3, then 4 to 8
        assertEquals(8, creator.words.getVolatile(RingLayout.TAIL_CHUNK));
        expect(creator, 0, next - 4); // chunks 1 to 6 are read and removed
        assertTrue(Files.notExists(creator.names.chunk(6)));

        append(creator, next, 1);
        expect(creator, next - 4, next + 1);
        assertNull(creator.removeOldest());
    }

    @Test
    void aConsumerWhoseChunkWasConsumedBehindItReadsTheCurrentOne() {
        RecordStore child = otherProcess();
        int next = append(creator, 0, 20);
        expect(child, 0, 1);
        expect(creator, 1, 15);
        expect(child, 15, next);
        assertNull(child.removeOldest());
    }

    @Test
    void aHintLaggingBehindChunksAlreadyRemovedStillLeadsToTheTail() {
        int next = append(creator, 0, 12); // chunks 1 to 4
        expect(creator, 0, 7); // chunks 1 and 2 removed
        // Producers in turn died between publishing a new chunk and recording it in the hint.
        creator.words.setVolatile(RingLayout.TAIL_CHUNK, 1);

        next = append(otherProcess(), next, 4);
        expect(creator, 7, next);
        assertNull(creator.removeOldest());
    }

    @Test
    void aChunkAProducerCreatedButNeverPublishedIsMadeAgain() {
        int next = append(otherProcess(), 0, 3); // chunk 1, with no room for a fourth
        long tail = creator.words.getVolatile(RingLayout.OVERFLOW_TAIL);
        // Killed after creating chunk 2 (of another size, for a record it never published) and
        // marking the end of chunk 1 at the tail, before moving the tail.
        ChunkFile.create(creator.names.chunk(2), 2, 3 * ChunkFile.HEADER, 99).data().putInt(0, 12345);
        ChunkFile one = ChunkFile.open(creator.names.chunk(1), 1);
        Records.writeSkip(one.data(), (int) (tail - one.start()));

        next = append(otherProcess(), next, 6);
        expect(creator, 0, next);
        assertNull(creator.removeOldest());
    }

    @Test
    void aConsumerKilledBetweenLeavingAChunkAndRemovingItLeavesTheRestReadable() {
        int next = append(creator, 0, 6); // chunks 1 and 2
        expect(creator, 0, 4); // into chunk 2
        // Another consumer had recorded the move to chunk 2 but was killed before removing chunk 1.
        ChunkFile.create(creator.names.chunk(1), 1, OverflowChain.CHUNK_BYTES, 0);

        expect(otherProcess(), 4, next);
        assertTrue(Files.exists(creator.names.chunk(1)), "removed when the queue is closed");
    }

    @Test
    void aProducerOfAQueueWhoseFilesAreGoneIsToldSo() {
        RecordStore producer = otherProcess();
        int next = append(producer, 0, 1);
        append(creator, next, 3); // producer's chunk is no longer the tail's
        creator.names.deleteAll();

        IllegalStateException gone = assertThrows(IllegalStateException.class,
                () -> producer.append(item(99)));
        assertTrue(gone.getMessage().startsWith("[jmp.queue.storage-gone]"), gone.getMessage());
    }

    /** Appends records {@code from} to {@code from + count - 1}; returns the next id. */
    private static int append(RecordStore store, int from, int count) {
        for (int id = from; id < from + count; id++) {
            store.append(item(id));
        }
        return from + count;
    }

    /** Removes records {@code from} to {@code to - 1}, checking each. */
    private static void expect(RecordStore store, int from, int to) {
        for (int id = from; id < to; id++) {
            byte[] record = store.removeOldest();
            assertEquals(id, record == null ? -1 : check(record), "record " + id);
        }
    }

    private static byte[] item(int id) {
        byte[] bytes = new byte[ITEM];
        ByteBuffer b = ByteBuffer.wrap(bytes).putInt(id);
        while (b.remaining() >= Integer.BYTES) {
            b.putInt(id * 31 + b.position());
        }
        return bytes;
    }

    private static int check(byte[] record) {
        int id = ByteBuffer.wrap(record).getInt();
        assertEquals(ITEM, record.length, "length of record " + id);
        assertTrue(java.util.Arrays.equals(item(id), record), "record " + id + " is intact");
        return id;
    }
}
