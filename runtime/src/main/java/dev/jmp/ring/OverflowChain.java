package dev.jmp.ring;

import dev.jmp.shm.LongArray;

/**
 * Where records go while the ring is full: a chain of chunk files read front to back, so an
 * unbounded queue holds as much as the file system allows. Chunk {@code n + 1} starts at the
 * stream position where chunk {@code n} ends; a {@link Records#SKIP} header ends a chunk early.
 *
 * <p>The producer publishes with one store of {@link RingWords#OVERFLOW_TAIL}, after the new
 * chunk file and the record in it are complete, so a producer that dies half-way leaves at most
 * an unpublished chunk file that the next producer overwrites. The consumer deletes each chunk
 * once it has read past it; the last one stays for the next overflow. Chunk hints in the control
 * words are only hints: the position decides which chunk holds a byte.
 */
final class OverflowChain {

    static final int CHUNK_BYTES = 1 << 20;

    private final LongArray words;
    private final ChunkNames names;
    private ChunkFile writing;
    private ChunkFile reading;

    OverflowChain(LongArray words, ChunkNames names) {
        this.words = words;
        this.names = names;
    }

    boolean isEmpty() {
        return words.get(RingWords.OVERFLOW_HEAD) == words.get(RingWords.OVERFLOW_TAIL);
    }

    /** Appends a record; the caller holds the producer lock. */
    void append(byte[] payload, int size) {
        long tail = words.get(RingWords.OVERFLOW_TAIL);
        ChunkFile chunk = chunkForWriting(tail);
        int at = chunk == null ? 0 : (int) (tail - chunk.start());
        if (chunk != null && at + size <= chunk.capacity()) {
            Records.write(chunk.data(), at, payload);
            words.set(RingWords.OVERFLOW_TAIL, tail + size);
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
        words.set(RingWords.OVERFLOW_TAIL, start + size);
        words.set(RingWords.TAIL_CHUNK, seq);
        writing = next;
    }

    /** The chunk holding position {@code tail}, or ending exactly there; null before the first. */
    private ChunkFile chunkForWriting(long tail) {
        if (writing == null) {
            long hint = words.get(RingWords.TAIL_CHUNK);
            if (hint == 0 && tail == 0) {
                return null;
            }
            writing = openHinted(Math.max(hint, 1));
        }
        while (tail > writing.end()) { // a producer died between publishing and updating the hint
            writing = ChunkFile.open(names.chunk(writing.seq + 1), writing.seq + 1);
        }
        return writing;
    }

    /**
     * Chunk {@code seq}, or the one after it when the consumer already removed it: the hint
     * lags by one when a producer died between publishing a new chunk and updating the hint.
     */
    private ChunkFile openHinted(long seq) {
        if (!java.nio.file.Files.exists(names.chunk(seq))) {
            seq++;
        }
        return ChunkFile.open(names.chunk(seq), seq);
    }

    /** The oldest overflow record, or null; the caller holds the consumer lock. */
    byte[] tryTake() {
        while (true) {
            long head = words.get(RingWords.OVERFLOW_HEAD);
            if (head == words.get(RingWords.OVERFLOW_TAIL)) {
                return null;
            }
            ChunkFile chunk = chunkForReading(head);
            int at = (int) (head - chunk.start());
            int header = at == chunk.capacity() ? Records.SKIP : Records.header(chunk.data(), at);
            if (header == Records.SKIP) {
                ChunkFile next = ChunkFile.open(names.chunk(chunk.seq + 1), chunk.seq + 1);
                words.set(RingWords.OVERFLOW_HEAD, next.start());
                words.set(RingWords.HEAD_CHUNK, next.seq);
                chunk.unlink();
                reading = next;
                continue;
            }
            byte[] payload = Records.read(chunk.data(), at, header);
            words.set(RingWords.OVERFLOW_HEAD, head + Records.sizeOf(header));
            return payload;
        }
    }

    private ChunkFile chunkForReading(long head) {
        if (reading == null || head < reading.start() || head > reading.end()) {
            long seq = Math.max(words.get(RingWords.HEAD_CHUNK), 1);
            reading = ChunkFile.open(names.chunk(seq), seq);
        }
        while (head > reading.end()) {
            reading = ChunkFile.open(names.chunk(reading.seq + 1), reading.seq + 1);
        }
        return reading;
    }
}
