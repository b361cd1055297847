package dev.jmp.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Writes whole frames to one stream, in either {@link FrameFormat}: the writing half of
 * {@link FrameReader}. A jmp frame comes ready-made from {@link FrameHeader#finish}, or sealed in
 * its buffer by {@link FrameHeader#seal}; a length-prefixed message gets its length here, and
 * goes out with its body in one gathering write; a jmp frame, one buffer already, in a plain one. Frames are written whole and one at a
 * time: concurrent writers are serialized, so their frames never interleave.
 */
public final class FrameWriter {

    /** Waits until a non-blocking channel takes bytes again. */
    @FunctionalInterface
    public interface Writability {
        void await() throws IOException;
    }

    /** A blocking channel's: nothing to wait for. A class, not a lambda, which a child's boot would spin. */
    private static final Writability ALWAYS = new Writability() {
        @Override
        public void await() {
            // a blocking write takes bytes or throws
        }
    };

    private final WritableByteChannel channel;
    private final Writability writability;

    /** A writer of a blocking channel, whose write never takes nothing. */
    public FrameWriter(WritableByteChannel channel) {
        this(channel, ALWAYS);
    }

    /** A writer of a non-blocking channel, which waits with {@code writability} while the other side does not read. */
    public FrameWriter(WritableByteChannel channel, Writability writability) {
        this.channel = channel;
        this.writability = writability;
    }

    /** Writes a frame made by {@link FrameHeader#finish}. */
    public void writeFrame(byte[] frame) throws IOException {
        writeFrame(frame, frame.length);
    }

    /** Writes the frame in the first {@code length} bytes of {@code frame}, as {@link FrameHeader#seal} leaves it. */
    public void writeFrame(byte[] frame, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(frame, 0, length);
        // A plain write, not a gathering one of one buffer: the JDK's gathering path is several
        // times the code, which a fresh JVM runs interpreted and compiles on every manager call.
        synchronized (this) {
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) == 0 && buffer.hasRemaining()) {
                    writability.await();
                }
            }
        }
    }

    /** Writes {@code message} as a {@link FrameFormat#LENGTH_PREFIXED} frame; null: the null message. */
    public void writeMessage(byte[] message) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES)
                .putInt(0, message == null ? FrameFormat.NULL_LENGTH : message.length);
        if (message == null) {
            write(length);
        } else {
            write(length, ByteBuffer.wrap(message));
        }
    }

    /** The bytes of {@code message} as a {@link FrameFormat#LENGTH_PREFIXED} frame, for a writer of its own. */
    public static byte[] lengthPrefixed(byte[] message) {
        return ByteBuffer.allocate(Integer.BYTES + message.length).putInt(message.length).put(message).array();
    }

    private void write(ByteBuffer... buffers) throws IOException {
        synchronized (this) {
            for (int first = 0; first < buffers.length; ) {
                long n = channel instanceof GatheringByteChannel gathering
                        ? gathering.write(buffers, first, buffers.length - first) : channel.write(buffers[first]);
                while (first < buffers.length && !buffers[first].hasRemaining()) {
                    first++;
                }
                if (n == 0 && first < buffers.length) {
                    writability.await();
                }
            }
        }
    }
}
