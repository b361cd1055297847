package dev.jmp.ring;

import java.nio.ByteBuffer;

/**
 * The record format shared by the ring and the overflow chunks: at an 8-byte aligned offset, an
 * {@code int} header, then the payload. The header is the payload's length, {@link #NULL} for a
 * null element (no payload) or {@link #SKIP}: nothing more here, continue at the start of the ring
 * or in the next chunk.
 */
final class Records {

    static final int NULL = -1;
    static final int SKIP = -2;
    static final int ALIGNMENT = 8;
    /** What {@code take} returns for a null element; compared by identity. */
    static final byte[] NULL_RECORD = new byte[0];

    private Records() {}

    /** Bytes a record of {@code payload} occupies (null: a null element). */
    static int size(byte[] payload) {
        int length = payload == null ? 0 : payload.length;
        return (Integer.BYTES + length + ALIGNMENT - 1) & -ALIGNMENT;
    }

    static void write(ByteBuffer data, int at, byte[] payload) {
        if (payload == null) {
            data.putInt(at, NULL);
        } else {
            data.putInt(at, payload.length);
            data.put(at + Integer.BYTES, payload, 0, payload.length);
        }
    }

    static void writeSkip(ByteBuffer data, int at) {
        data.putInt(at, SKIP);
    }

    static int header(ByteBuffer data, int at) {
        return data.getInt(at);
    }

    /** The payload of the record at {@code at} whose header is {@code header} (not {@link #SKIP}). */
    static byte[] read(ByteBuffer data, int at, int header) {
        if (header == NULL) {
            return NULL_RECORD;
        }
        if (header < 0 || header > data.capacity() - at - Integer.BYTES) {
            throw new IllegalStateException("[jmp.queue.corrupt] a record header of " + header + " at " + at
                    + " does not fit; the queue's memory was overwritten");
        }
        byte[] payload = new byte[header];
        data.get(at + Integer.BYTES, payload, 0, header);
        return payload;
    }

    /** Bytes taken by the record at {@code at} whose header is {@code header}. */
    static int sizeOf(int header) {
        return (Integer.BYTES + Math.max(header, 0) + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
