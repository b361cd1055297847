package dev.jmp.link;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * Length-prefixed frames over a blocking byte channel: {@code [int length][byte tag][fields]},
 * where length counts the tag and the fields. Writes are atomic per frame (one thread at a
 * time); reads belong to one thread. A length above {@code maxFrame} is treated as garbage and
 * fails the read before anything is allocated.
 */
public final class FrameChannel implements AutoCloseable {

    private final ByteChannel channel;
    private final int maxFrame;
    private final ByteBuffer header = ByteBuffer.allocate(5);
    private final Object writeLock = new Object();

    public FrameChannel(ByteChannel channel, int maxFrame) {
        this.channel = channel;
        this.maxFrame = maxFrame;
    }

    /** Sends one frame. */
    public void write(Frame frame) throws IOException {
        WireOutput out = new WireOutput(64);
        out.writeInt(0);
        out.writeByte(frame.tag());
        frame.writeTo(out);
        byte[] bytes = out.toByteArray();
        int length = bytes.length - 4;
        bytes[0] = (byte) (length >>> 24);
        bytes[1] = (byte) (length >>> 16);
        bytes[2] = (byte) (length >>> 8);
        bytes[3] = (byte) length;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        synchronized (writeLock) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Receives one frame, blocking until it is complete.
     *
     * @throws EOFException when the peer closed the channel, cleanly between frames or not
     * @throws WireFormatException when the bytes are not a frame
     */
    public Frame read() throws IOException {
        header.clear();
        readFully(header);
        header.flip();
        int length = header.getInt();
        byte tag = header.get();
        if (length < 1 || length > maxFrame) {
            throw new WireFormatException("frame length " + length + " outside 1.." + maxFrame);
        }
        ByteBuffer body = ByteBuffer.allocate(length - 1);
        readFully(body);
        return Frame.read(tag, new WireInput(body.array()));
    }

    private void readFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("control channel closed by the other process");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
