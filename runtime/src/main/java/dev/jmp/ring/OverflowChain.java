package dev.jmp.ring;

import dev.jmp.memory.SharedWords;

/**
 * Where records go while the ring is full: a chain of chunk files read front to back, so an
 * unbounded queue holds as much as the file system allows. Chunk {@code n + 1} starts at the
 * stream position where chunk {@code n} ends; a {@link Records#SKIP} header ends a chunk early.
 *
 * <p>The producer publishes with one store of {@link RingLayout#OVERFLOW_TAIL}, after the new
 * chunk file and the record in it are complete, so a producer that dies half-way leaves at most
 * an unpublished chunk file that the next producer overwrites. The consumer deletes each chunk
 * once it has read past it; the last one stays for the next overflow.
 *
 * <p>Each process keeps mapped the chunk it last wrote and the one it last read, but only the
 * positions in the control words say which chunk holds a byte. Once other processes moved a
 * position past a kept chunk, the chunk is found again from the control words ({@link #locate}),
 * never by walking on from the kept one: the chunks after it may have been read and removed.
 */
final class OverflowChain {

    static final int CHUNK_BYTES = 1 << 20;

    private final SharedWords words;
    private final ChunkNames names;
    private ChunkFile writing;
    private ChunkFile reading;

    OverflowChain(SharedWords words, ChunkNames names) {
        this.words = words;
        this.names = names;
    }

    boolean isEmpty() {
        return words.getVolatile(RingLayout.OVERFLOW_HEAD) == words.getVolatile(RingLayout.OVERFLOW_TAIL);
    }

    /** Appends a record; the caller holds the producer lock. */
    void append(byte[] payload, int size) {
        long tail = words.getVolatile(RingLayout.OVERFLOW_TAIL);
        ChunkFile chunk = chunkForWriting(tail);
        int at = chunk == null ? 0 : (int) (tail - chunk.start());
        if (chunk != null && at + size <= chunk.capacity()) {
            Records.write(chunk.data(), at, payload);
            words.setVolatile(RingLayout.OVERFLOW_TAIL, tail + size);
            return;
        }
        long seq = chunk == null ? 1 : chunk.seq + 1;
        long start = chunk == null ? 0 : chunk.end();
        int capacity = Math.max(CHUNK_BYTES, size);
        ChunkFile next = ChunkFile.create(names.chunk(seq), seq, capacity, start);
        Records.write(next.data(), 0, payload);
        if (chunk != null && at < chunk.capacity()) {
            Records.writeSkip(chunk.data(), at);
        }
        words.setVolatile(RingLayout.OVERFLOW_TAIL, start + size);
        words.setVolatile(RingLayout.TAIL_CHUNK, seq);
        writing = next;
    }

    /**
     * The chunk holding position {@code tail}, or ending exactly there; null before the first.
     * The chunk this producer last wrote stays right until another producer moves the tail past
     * its end; from then on it says nothing about where the tail is, and the chunks after it may
     * be read and removed already.
     */
    private ChunkFile chunkForWriting(long tail) {
        if (writing == null || tail > writing.end()) {
            long hint = words.getVolatile(RingLayout.TAIL_CHUNK);
            writing = hint == 0 && tail == 0 ? null
                    : locate(tail, Math.max(hint, words.getVolatile(RingLayout.HEAD_CHUNK)));
        }
        return writing;
    }

    /** The oldest overflow record, or null; the caller holds the consumer lock. */
    byte[] tryTake() {
        while (true) {
            long head = words.getVolatile(RingLayout.OVERFLOW_HEAD);
            if (head == words.getVolatile(RingLayout.OVERFLOW_TAIL)) {
                return null;
            }
            ChunkFile chunk = chunkForReading(head);
            int at = (int) (head - chunk.start());
            int header = at == chunk.capacity() ? Records.SKIP : Records.header(chunk.data(), at);
            if (header == Records.SKIP) {
                ChunkFile next = ChunkFile.open(names.chunk(chunk.seq + 1), chunk.seq + 1);
                words.setVolatile(RingLayout.OVERFLOW_HEAD, next.start());
                words.setVolatile(RingLayout.HEAD_CHUNK, next.seq);
                chunk.unlink();
                reading = next;
                continue;
            }
            byte[] payload = Records.read(chunk.data(), at, header);
            words.setVolatile(RingLayout.OVERFLOW_HEAD, head + Records.sizeOf(header));
            return payload;
        }
    }

    /** The chunk holding position {@code head}, or ending exactly there. */
    private ChunkFile chunkForReading(long head) {
        if (reading == null || head > reading.end()) {
            reading = locate(head, words.getVolatile(RingLayout.HEAD_CHUNK));
        }
        return reading;
    }

    /**
     * The chunk holding {@code position} (which is in a chunk), or ending exactly there, searched
     * from chunk {@code from} on. Both hints only ever lag behind the chunk their position is in,
     * so {@code from} is never past it. A chunk missing below {@link RingLayout#HEAD_CHUNK} was
     * read and removed (consumers move the hint past a chunk before they remove it), possibly
     * while this looked for it; one missing at or above it means the queue's files are gone.
     */
    private ChunkFile locate(long position, long from) {
        for (long seq = Math.max(from, 1); ; seq++) {
            ChunkFile chunk = ChunkFile.openIfPresent(names.chunk(seq), seq);
            if (chunk == null && seq >= words.getVolatile(RingLayout.HEAD_CHUNK)) {
                throw ChunkFile.gone(names.chunk(seq));
            }
            if (chunk != null && position <= chunk.end()) {
                return chunk;
            }
        }
    }
}
