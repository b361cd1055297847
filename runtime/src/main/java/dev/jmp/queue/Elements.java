package dev.jmp.queue;

import dev.jmp.codec.Codec;
import dev.jmp.codec.CodecHandles;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.ring.RecordQueue;
import java.time.Duration;

/**
 * The part every queue type shares: its records in shared memory and the codec of its elements,
 * how both are written into a handle and read back, and the puts and gets with Python's
 * outcomes: an item, or {@code Full}, {@code Empty} or {@code ShutDown}. Every operation checks
 * first that the queue is open in this process.
 */
final class Elements<E> implements AutoCloseable {

    /**
     * Bytes of a queue's ring; larger backlogs overflow into further chunks. The ring's file is
     * sparse and an empty ring starts again at its front, so a queue occupies about as much
     * memory as its largest backlog, up to this.
     */
    static final int RING_BYTES = 16 << 20;

    final RecordQueue records;
    final Codec<E> codec;
    private volatile boolean closed;

    Elements(RecordQueue records, Codec<E> codec) {
        this.records = records;
        this.codec = codec;
    }

    static <E> Elements<E> create(Codec<E> codec, long maxRecords) {
        return create(codec, maxRecords, RING_BYTES);
    }

    static <E> Elements<E> create(Codec<E> codec, long maxRecords, int ringBytes) {
        CodecHandles.checkRecreatable(codec);
        return new Elements<>(RecordQueue.create(ringBytes, maxRecords), codec);
    }

    static <E> Elements<E> read(WireInput in) {
        RecordQueue records = RecordQueue.read(in);
        return new Elements<>(records, CodecHandles.read(in));
    }

    void write(WireOutput out) {
        checkOpen();
        records.write(out);
        CodecHandles.write(out, codec);
    }

    /** Puts, waiting at most {@code timeout} (null: as long as it takes) for room. */
    void put(E item, Duration timeout) throws InterruptedException {
        if (!records.offer(encode(item), timeout)) {
            throw records.isShutDown() ? refusedPut() : new QueueFullException("[jmp.queue.full] the queue stayed full ("
                    + records.maxRecords() + " items) for " + timeout + "; get items in another process, or wait longer");
        }
    }

    /** Python's {@code put_nowait}. */
    void putNow(E item) {
        if (!records.offerNow(encode(item))) {
            throw records.isShutDown() ? refusedPut() : new QueueFullException("[jmp.queue.full] the queue is full ("
                    + records.maxRecords() + " items); use put to wait for room");
        }
    }

    /** Gets, waiting at most {@code timeout} (null: as long as it takes) for an item. */
    E get(Duration timeout) throws InterruptedException {
        checkOpen();
        byte[] record = records.take(timeout);
        if (record == null) {
            throw records.isShutDown() ? drained()
                    : new QueueEmptyException("[jmp.queue.empty] no item arrived within " + timeout);
        }
        return decode(record);
    }

    /** Python's {@code get_nowait}. */
    E getNow() {
        checkOpen();
        byte[] record = records.takeNow();
        if (record == null) {
            throw records.isShutDown() ? drained()
                    : new QueueEmptyException("[jmp.queue.empty] the queue is empty; use get to wait for an item");
        }
        return decode(record);
    }

    /** Python's {@code shutdown(immediate)}; returns the number of items it removed. */
    long shutdown(boolean immediate) {
        checkOpen();
        return records.shutDown(immediate);
    }

    boolean isShutDown() {
        checkOpen();
        return records.isShutDown();
    }

    private static QueueShutDownException refusedPut() {
        return new QueueShutDownException("[jmp.queue.shut-down] cannot put into a queue that was shut down;"
                + " stop producing once shutdown() is called");
    }

    private static QueueShutDownException drained() {
        return new QueueShutDownException("[jmp.queue.shut-down] the queue was shut down and holds no more items;"
                + " stop getting from it");
    }

    private byte[] encode(E element) {
        checkOpen();
        return element == null ? null : codec.encode(element);
    }

    private E decode(byte[] record) {
        return record == RecordQueue.NULL_RECORD ? null : codec.decode(record, 0, record.length);
    }

    /** Every use of a queue closed in this process throws, as its {@code close()} says. */
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("[jmp.queue.closed] the queue was closed in this process;"
                    + " close it only once this process is done with it");
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            records.close();
        }
    }
}
