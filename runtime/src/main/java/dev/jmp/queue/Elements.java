package dev.jmp.queue;

import dev.jmp.codec.Codec;
import dev.jmp.codec.CodecHandles;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.ring.RecordQueue;

/**
 * The part every queue type shares: its records in shared memory and the codec of its elements,
 * and how both are written into a handle and read back.
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

    byte[] encode(E element) {
        checkOpen();
        return element == null ? null : codec.encode(element);
    }

    E decode(byte[] record) {
        return record == RecordQueue.NULL_RECORD ? null : codec.decode(record, 0, record.length);
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("[jmp.queue.closed] the queue was closed in this process;"
                    + " close it only once this process is done with it");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            records.close();
        }
    }
}
