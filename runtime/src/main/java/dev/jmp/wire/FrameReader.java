package dev.jmp.wire;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireFormatException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Reads the frames of one stream, in either {@link FrameFormat}: the one reading code of control
 * links, manager connections, {@code Listener}/{@code Client} connections and the handshakes
 * before them.
 *
 * <p>What a frame announces costs nothing until its bytes arrive: a length over the caller's
 * limit is refused from the header ({@link FrameTooLongException}), unread, without waiting for
 * the body; a frame that fits the read buffer is read through it; a larger one into an array of
 * its size, or, above 512 KiB, one that grows as its bytes come, so a peer that announces 2 GiB
 * and sends little costs little. A jmp frame of another {@link WireProtocol#VERSION} is refused
 * from its header too ({@link WireVersionException}). A read whose deadline passes before the frame is whole keeps
 * what arrived, and the next read goes on from there.
 *
 * <p>The channel may be blocking ({@link #BLOCKING}, no deadline needed) or not, with a
 * {@link Readiness} that waits for bytes. The reader reads ahead as far as its buffer goes,
 * unless it is {@link #exact()}: then it never takes a byte past the frame it reads, for a
 * handshake whose channel is handed to another reader afterwards. One thread reads at a time.
 */
public final class FrameReader {

    /** Waits until the channel has bytes or the deadline passes; false if it passed. */
    @FunctionalInterface
    public interface Readiness {
        boolean await(Deadline deadline) throws IOException, InterruptedException;
    }

    /** For a blocking channel, whose read never returns nothing: there is nothing to wait for. */
    public static final Readiness BLOCKING = new Answer(true);
    /** For a non-blocking channel read only as far as it has bytes: a read returns null when it has no more. */
    public static final Readiness NOW = new Answer(false);
    /** What {@link #read} returns for the null message of {@link FrameFormat#LENGTH_PREFIXED}; compare by identity. */
    public static final byte[] NULL_MESSAGE = new byte[0];

    private static final int DEFAULT_BUFFER = 8 << 10;
    /** How much a large frame's array grows by at least, and reads at most at a time. */
    private static final int CHUNK = 64 << 10;
    /**
     * A large frame of at most this many bytes gets its whole array at once, so that it is
     * received without being copied as it grows; a larger one starts at this size and grows.
     */
    private static final int PRESIZED = 512 << 10;

    private final ReadableByteChannel channel;
    private final FrameFormat format;
    private ByteBuffer inbound = ByteBuffer.allocate(DEFAULT_BUFFER).flip();
    private Readiness readiness = BLOCKING;
    private boolean exact;
    private String peer = "the other side";
    private String closed = "[jmp.wire.eof] the other side closed the connection";
    private String truncated = "[jmp.wire.truncated] the other side closed the connection in the middle of a frame";
    /** A frame larger than the buffer, being received: its body so far, its length and type. */
    private byte[] large;
    private int largeFilled;
    private int largeLength;
    private int type;
    private boolean eof;

    /** A reader of {@code channel}, blocking, with an 8 KiB buffer; the setters below change that before the first read. */
    public FrameReader(ReadableByteChannel channel, FrameFormat format) {
        this.channel = channel;
        this.format = format;
    }

    /** Reads through a buffer of {@code bytes}: frames that fit are read with one call, or a few. */
    public FrameReader buffer(int bytes) {
        inbound = ByteBuffer.allocate(Math.max(bytes, FrameHeader.LENGTH)).flip();
        return this;
    }

    /** How a read waits for bytes on a non-blocking channel. */
    public FrameReader readiness(Readiness waiting) {
        readiness = waiting;
        return this;
    }

    /** Never reads past the frame being read. */
    public FrameReader exact() {
        exact = true;
        return this;
    }

    /** How messages name the other side ({@code "the manager at localhost:5000"}). */
    public FrameReader peer(String name) {
        peer = name;
        return this;
    }

    /** The messages of the {@link EOFException}s: closed between frames, and in the middle of one. */
    public FrameReader endOfStream(String closedMessage, String truncatedMessage) {
        closed = closedMessage;
        truncated = truncatedMessage;
        return this;
    }

    /** A blocking read with no deadline: the next frame's body. */
    public byte[] read(int maxLength) throws IOException {
        try {
            return read(Deadline.NONE, maxLength);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading a frame");
        }
    }

    /**
     * The next frame's body, or null if the deadline passed first (or, with {@link #NOW}, the
     * channel has no more bytes now); {@link #NULL_MESSAGE} for the null message.
     *
     * @throws FrameTooLongException when it is longer than {@code maxLength}; it stays unread
     * @throws WireVersionException when it is a jmp frame of another protocol version
     * @throws EOFException when the other side closed the stream, between frames or in one
     * @throws WireFormatException when the header is no frame's
     */
    public byte[] read(Deadline deadline, int maxLength) throws IOException, InterruptedException {
        // What is not a small frame arriving whole is out of line: the code every call of a fresh
        // JVM runs interpreted, then compiles, stays small.
        if (large != null) {
            return resumeLarge(deadline, maxLength);
        }
        if (!fill(Integer.BYTES, deadline)) {
            return null;
        }
        int at = inbound.position();
        int length = inbound.getInt(at);
        if (length == FrameFormat.NULL_LENGTH && format == FrameFormat.LENGTH_PREFIXED) {
            inbound.position(at + Integer.BYTES);
            return NULL_MESSAGE;
        }
        if (length < 0) {
            throw badLength(length);
        }
        if (length > maxLength) {
            throw new FrameTooLongException(length, maxLength);
        }
        int header = format.headerLength();
        if (!fill(header, deadline)) {
            return null;
        }
        at = inbound.position(); // filling may have moved the frame to the buffer's start
        if (format == FrameFormat.JMP) {
            int version = inbound.get(at + FrameHeader.VERSION_OFFSET) & 0xff;
            if (version != WireProtocol.VERSION) {
                throw new WireVersionException(peer, version);
            }
            type = inbound.getShort(at + FrameHeader.TYPE_OFFSET) & 0xffff;
        }
        if (length > inbound.capacity() - header) {
            return beginLarge(at + header, length, deadline);
        }
        if (!fill(header + length, deadline)) {
            return null;
        }
        at = inbound.position();
        inbound.position(at + header);
        byte[] body = new byte[length];
        inbound.get(body);
        return body;
    }

    /** The type in the header of the frame {@link #read} returned last (0 for {@link FrameFormat#LENGTH_PREFIXED}). */
    public int type() {
        return type;
    }

    /** Whether a frame (or the end of the stream) has begun to arrive by the deadline. */
    public boolean poll(Deadline deadline) throws IOException, InterruptedException {
        try {
            return eof || large != null || inbound.hasRemaining() || fill(1, deadline);
        } catch (EOFException e) {
            return true; // reading will report it at once
        }
    }

    private WireFormatException badLength(int length) {
        return new WireFormatException("[jmp.wire.bad-frame] a frame claims " + length + " bytes; " + peer
                + " does not speak this protocol");
    }

    /** Goes on with a frame larger than the buffer whose reading a deadline cut short. */
    private byte[] resumeLarge(Deadline deadline, int maxLength) throws IOException, InterruptedException {
        if (largeLength > maxLength) {
            throw new FrameTooLongException(largeLength, maxLength);
        }
        return readLarge(deadline);
    }

    /** Reads a frame larger than the buffer, whose body begins at {@code body} in it, into an array of its own. */
    private byte[] beginLarge(int body, int length, Deadline deadline) throws IOException, InterruptedException {
        inbound.position(body);
        large = new byte[Math.max(inbound.remaining(), Math.min(length, PRESIZED))];
        largeLength = length;
        largeFilled = inbound.remaining();
        inbound.get(large, 0, largeFilled);
        return readLarge(deadline);
    }

    private byte[] readLarge(Deadline deadline) throws IOException, InterruptedException {
        while (largeFilled < largeLength) {
            if (largeFilled == large.length) {
                large = Arrays.copyOf(large, (int) Math.min(largeLength, 2L * large.length));
            }
            int n = channel.read(ByteBuffer.wrap(large, largeFilled, Math.min(large.length - largeFilled, CHUNK)));
            if (n < 0) {
                eof = true;
                throw new EOFException(truncated);
            }
            largeFilled += n;
            if (n == 0 && !readiness.await(deadline)) {
                return null;
            }
        }
        byte[] body = large;
        large = null;
        return body;
    }

    /** Whether at least {@code bytes} (at most the buffer's size) are buffered by the deadline. */
    private boolean fill(int bytes, Deadline deadline) throws IOException, InterruptedException {
        while (inbound.remaining() < bytes) {
            inbound.compact();
            if (exact) {
                inbound.limit(bytes);
            }
            int n;
            try {
                n = channel.read(inbound);
            } finally {
                inbound.flip();
            }
            if (n < 0) {
                eof = true;
                throw new EOFException(inbound.hasRemaining() ? truncated : closed);
            }
            if (n == 0 && !readiness.await(deadline)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A readiness that answers at once. A class, not a lambda: every JVM loads this class when it
     * opens its first channel, and a child's boot would spin a class at run time for each lambda.
     */
    private static final class Answer implements Readiness {

        private final boolean answer;

        Answer(boolean answer) {
            this.answer = answer;
        }

        @Override
        public boolean await(Deadline deadline) {
            return answer;
        }
    }
}
