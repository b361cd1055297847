package dev.jmp.ring;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.memory.SharedWords;

/**
 * The data of a {@link RecordQueue}: its control words ({@link RingLayout}), its
 * {@link PrimaryRing} and its {@link OverflowChain}. Callers serialize: appends under the
 * producers' lock, removals under the consumers' lock.
 *
 * <p>A record goes to the ring only while the overflow is empty, and readers drain the ring
 * before the overflow. So everything in the ring is older than everything in the overflow: a
 * record in the overflow was put while the ring was full or the overflow not yet drained, and the
 * ring takes records again only once the overflow, which only readers empty, is empty.
 */
final class RecordStore {

    final SharedWords words;
    final ChunkNames names;
    private final PrimaryRing ring;
    private final OverflowChain overflow;
    private final long maxRecords;

    private RecordStore(SharedWords words, boolean create) {
        this.words = words;
        this.names = new ChunkNames(RuntimeDirectories.sharedMemory(), words.getVolatile(RingLayout.CREATOR_PID),
                words.getVolatile(RingLayout.CREATOR_START), words.getVolatile(RingLayout.QUEUE_ID));
        this.maxRecords = words.getVolatile(RingLayout.MAX_RECORDS);
        ChunkFile ringFile = create
                ? ChunkFile.create(names.chunk(0), 0, (int) words.getVolatile(RingLayout.RING_BYTES), 0)
                : ChunkFile.open(names.chunk(0), 0);
        this.ring = new PrimaryRing(words, ringFile);
        this.overflow = new OverflowChain(words, names);
    }

    /** New, empty storage created by (and named after) this process. */
    static RecordStore create(int ringBytes, long maxRecords) {
        if (Integer.bitCount(ringBytes) != 1 || ringBytes < 4096 || maxRecords < 0) {
            throw new IllegalArgumentException("ring of " + ringBytes + " bytes, bound " + maxRecords);
        }
        SharedWords words = SharedWords.allocate(RingLayout.COUNT);
        words.setVolatile(RingLayout.RING_BYTES, ringBytes);
        words.setVolatile(RingLayout.MAX_RECORDS, maxRecords);
        words.setVolatile(RingLayout.CREATOR_PID, ProcessIdentity.current().pid());
        words.setVolatile(RingLayout.CREATOR_START, ProcessIdentity.current().startTicks());
        words.setVolatile(RingLayout.QUEUE_ID, ChunkNames.newQueueId());
        return new RecordStore(words, true);
    }

    /** The storage whose control words another process created. */
    static RecordStore attach(SharedWords words) {
        return new RecordStore(words, false);
    }

    /** Appends a record (null: a null element); the caller holds the producers' lock and checked the bound. */
    void append(byte[] payload) {
        int size = Records.size(payload);
        if (!(overflow.isEmpty() && ring.fits(size) && ring.tryAppend(payload, size))) {
            overflow.append(payload, size);
        }
        words.setVolatile(RingLayout.PUTS, words.getVolatile(RingLayout.PUTS) + 1);
    }

    /** The oldest record, or null; the caller holds the consumers' lock. */
    byte[] removeOldest() {
        byte[] record = ring.tryTake();
        if (record == null) {
            record = overflow.tryTake();
        }
        if (record != null) {
            words.setVolatile(RingLayout.GETS, words.getVolatile(RingLayout.GETS) + 1);
        }
        return record;
    }

    boolean isEmpty() {
        return ring.isEmpty() && overflow.isEmpty();
    }

    boolean isFull() {
        return maxRecords > 0 && words.getVolatile(RingLayout.PUTS) - words.getVolatile(RingLayout.GETS) >= maxRecords;
    }

    long size() {
        return Math.max(0, words.getVolatile(RingLayout.PUTS) - words.getVolatile(RingLayout.GETS));
    }

    long maxRecords() {
        return maxRecords;
    }

    /** Marks the queue shut down; the caller holds the producers' lock. */
    void shutDown() {
        words.setVolatile(RingLayout.SHUT_DOWN, 1);
    }

    boolean isShutDown() {
        return words.getVolatile(RingLayout.SHUT_DOWN) != 0;
    }
}
