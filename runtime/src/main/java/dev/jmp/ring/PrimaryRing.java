package dev.jmp.ring;

import dev.jmp.memory.SharedWords;
import java.nio.ByteBuffer;

/**
 * The fast path: records in a ring of {@link RingLayout#RING_BYTES} bytes (a power of two). A
 * record never wraps: where it would, a {@link Records#SKIP} header sends readers back to the
 * start, and so does one written when the ring is empty. Appends are made by one producer at a time and takes by one consumer at a time (the
 * callers hold the queue's locks); each is published by one volatile store of the tail or head.
 */
final class PrimaryRing {

    /** How far from its front an empty ring must be to start again there. */
    static final int RESTART_AT = 1 << 20;

    private final SharedWords words;
    private final ByteBuffer data;
    private final int bytes;
    private final int mask;
    private final int restartAt;
    /**
     * A tail this process read: never above the real one, which only grows, so a head below it
     * has records to take without reading the producers' cache line again. Any thread may refresh
     * it; a stale value is still a bound.
     */
    private volatile long knownTail;

    PrimaryRing(SharedWords words, ChunkFile file) {
        this.words = words;
        this.data = file.data();
        this.bytes = file.capacity();
        this.mask = bytes - 1;
        this.restartAt = Math.min(bytes / 2, RESTART_AT);
    }

    /** Whether a record of {@code size} bytes can ever be in the ring. */
    boolean fits(int size) {
        return size <= bytes - Records.ALIGNMENT;
    }

    /** Appends the record if there is room now; the caller checked that the overflow is empty. */
    boolean tryAppend(byte[] payload, int size) {
        long tail = words.getVolatile(RingLayout.TAIL);
        long head = words.getVolatile(RingLayout.HEAD);
        int at = (int) tail & mask;
        int contiguous = bytes - at;
        // An empty ring far enough from its front starts again there, so a queue touches only
        // about as many pages of its (sparse) file as its largest backlog, and a ping-pong reuses
        // the same cache lines. The bytes skipped count as used until a consumer passes the skip,
        // so it is done only where at least restartAt bytes remain usable meanwhile.
        boolean restart = tail == head && at >= restartAt && at >= size;
        int needed = size <= contiguous && !restart ? size : contiguous + size;
        if (tail + needed - head > bytes) {
            return false;
        }
        if (needed != size) {
            Records.writeSkip(data, at);
            at = 0;
        }
        Records.write(data, at, payload);
        words.setVolatile(RingLayout.TAIL, tail + needed);
        return true;
    }

    /** The oldest record, or null when the ring is empty. */
    byte[] tryTake() {
        while (true) {
            long head = words.getVolatile(RingLayout.HEAD);
            if (head >= knownTail && head == readTail()) {
                return null;
            }
            int at = (int) head & mask;
            int header = Records.header(data, at);
            if (header == Records.SKIP) {
                words.setVolatile(RingLayout.HEAD, head + bytes - at);
                continue;
            }
            byte[] payload = Records.read(data, at, header);
            words.setVolatile(RingLayout.HEAD, head + Records.sizeOf(header));
            return payload;
        }
    }

    boolean isEmpty() {
        long head = words.getVolatile(RingLayout.HEAD);
        return head >= knownTail && head == readTail();
    }

    private long readTail() {
        long tail = words.getVolatile(RingLayout.TAIL);
        if (tail != knownTail) {
            knownTail = tail; // a reader spinning on an empty ring writes nothing
        }
        return tail;
    }
}
