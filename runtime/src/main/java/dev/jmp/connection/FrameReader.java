package dev.jmp.connection;

import dev.jmp.base.Deadline;
import dev.jmp.ring.RecordQueue;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Reads the frames of a {@link SocketTransport} from its non-blocking channel: a 4-byte
 * big-endian length ({@code -1}: a null element), then the bytes. A frame longer than the caller
 * allows is refused from its length, unread. A frame that fits the read buffer is read through
 * it; a larger one into an array that grows as its bytes arrive, so a length announced costs
 * nothing until the bytes come. A wait that ends before the frame is whole keeps what arrived.
 */
final class FrameReader {

    /** Waits until the channel is readable or the deadline passes; false if it passed. */
    interface Readiness {
        boolean await(Deadline deadline) throws IOException, InterruptedException;
    }

    private static final int BUFFER = 64 * 1024;

    private final SocketChannel channel;
    private final Readiness readiness;
    /** Received and not yet consumed, in read mode. */
    private final ByteBuffer inbound = ByteBuffer.allocate(BUFFER).flip();
    /** A frame larger than the buffer, being received: its bytes so far, and its length. */
    private byte[] large;
    private int largeFilled;
    private int largeLength;
    private boolean eof;

    FrameReader(SocketChannel channel, Readiness readiness) {
        this.channel = channel;
        this.readiness = readiness;
    }

    /**
     * The next frame's payload, or null if the deadline passed first.
     *
     * @throws MessageTooLongException when it is longer than {@code maxLength}; it stays unread
     * @throws EOFException when the other side closed the connection (in a frame or between two)
     */
    byte[] read(Deadline deadline, int maxLength) throws IOException, InterruptedException {
        if (large != null) {
            if (largeLength > maxLength) {
                throw new MessageTooLongException(largeLength, maxLength);
            }
            return readLarge(deadline);
        }
        if (!fill(4, deadline)) {
            return null;
        }
        int length = inbound.getInt(inbound.position());
        if (length == SocketTransport.NULL_LENGTH) {
            inbound.position(inbound.position() + 4);
            return RecordQueue.NULL_RECORD;
        }
        if (length < 0) {
            throw new IOException("[jmp.connection.bad-frame] a message claims " + length + " bytes; the other side"
                    + " does not speak this protocol");
        }
        if (length > maxLength) {
            throw new MessageTooLongException(length, maxLength);
        }
        if (length > inbound.capacity() - 4) {
            inbound.position(inbound.position() + 4);
            large = new byte[Math.max(inbound.remaining(), Math.min(length, BUFFER))];
            largeLength = length;
            largeFilled = inbound.remaining();
            inbound.get(large, 0, largeFilled);
            return readLarge(deadline);
        }
        if (!fill(4 + length, deadline)) {
            return null;
        }
        inbound.position(inbound.position() + 4);
        byte[] payload = new byte[length];
        inbound.get(payload);
        return payload;
    }

    private byte[] readLarge(Deadline deadline) throws IOException, InterruptedException {
        while (largeFilled < largeLength) {
            if (largeFilled == large.length) {
                large = java.util.Arrays.copyOf(large, (int) Math.min(largeLength, 2L * large.length));
            }
            int n = channel.read(ByteBuffer.wrap(large, largeFilled, Math.min(large.length - largeFilled, BUFFER)));
            if (n < 0) {
                eof = true;
                throw new EOFException("[jmp.connection.truncated] the other side closed the connection in the middle"
                        + " of a message");
            }
            largeFilled += n;
            if (n == 0 && !readiness.await(deadline)) {
                return null;
            }
        }
        byte[] message = large;
        large = null;
        return message;
    }

    /** Whether a frame (or the end of file) has begun to arrive by the deadline. */
    boolean poll(Deadline deadline) throws IOException, InterruptedException {
        try {
            return eof || inbound.hasRemaining() || fill(1, deadline);
        } catch (EOFException e) {
            return true; // receiving will report it at once
        }
    }

    /** Whether at least {@code bytes} (at most the buffer's size) are buffered by the deadline. */
    private boolean fill(int bytes, Deadline deadline) throws IOException, InterruptedException {
        while (inbound.remaining() < bytes) {
            inbound.compact();
            int n;
            try {
                n = channel.read(inbound);
            } finally {
                inbound.flip();
            }
            if (n < 0) {
                eof = true;
                throw new EOFException(inbound.hasRemaining()
                        ? "[jmp.connection.truncated] the other side closed the connection in the middle of a message"
                        : "[jmp.connection.eof] the other side closed the connection");
            }
            if (n == 0 && !readiness.await(deadline)) {
                return false;
            }
        }
        return true;
    }
}
