package dev.jmp.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer remembers the last tail it read, so that it can take what lies below it without
 * reading the producers' word again. Views of one store stand for processes: each remembers its
 * own tail, which others move on meanwhile, and the ring starting again at its front moves it far.
 */
@ExtendWith(SharedMemoryIsolation.class)
class PrimaryRingTest {

    private static final int RING = 64 * 1024;
    private static final int ITEM = 1024;

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

    @Test
    void aConsumerWhoseTailOthersPassedTakesWhatIsLeftInOrder() {
        RecordStore first = RecordStore.attach(creator.words);
        RecordStore second = RecordStore.attach(creator.words);
        append(creator, 0, 3);
        expect(first, 0, 1); // first now knows the tail after record 2
        expect(second, 1, 3);
        assertTrue(first.isEmpty());
        assertNull(first.removeOldest());

        append(creator, 3, 2);
        assertFalse(first.isEmpty());
        expect(first, 3, 4);
        expect(second, 4, 5);
        assertTrue(first.isEmpty());
        assertNull(first.removeOldest());
        assertNull(second.removeOldest());
    }

    @Test
    void aConsumerWithAnOldTailFollowsTheRingStartingAgainAtItsFront() {
        RecordStore slow = RecordStore.attach(creator.words);
        append(creator, 0, 1);
        expect(slow, 0, 1);
        int next = 1;
        for (; next < 48; next++) { // far enough from the front that an empty ring starts again there
            append(creator, next, 1);
            expect(creator, next, next + 1);
        }
        append(creator, next, 2);
        long tail = creator.words.getVolatile(RingLayout.TAIL);
        assertTrue(tail > (next + 2L) * Records.size(item(0)), "the ring started again at its front, skipping its end");

        expect(slow, next, next + 2);
        assertTrue(slow.isEmpty());
        assertNull(slow.removeOldest());
    }

    private static void append(RecordStore store, int from, int count) {
        for (int id = from; id < from + count; id++) {
            store.append(item(id));
        }
    }

    /** Removes records {@code from} to {@code to - 1}, checking each. */
    private static void expect(RecordStore store, int from, int to) {
        for (int id = from; id < to; id++) {
            byte[] record = store.removeOldest();
            assertEquals(id, record == null ? -1 : ByteBuffer.wrap(record).getInt(), "record " + id);
            assertEquals(ITEM, record.length, "length of record " + id);
        }
    }

    private static byte[] item(int id) {
        return ByteBuffer.allocate(ITEM).putInt(id).array();
    }
}
