package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One end of a manager connection: fixed-size handshake messages, then length-prefixed frames
 * ({@code [int length][body]}). A frame is written with one call and usually read with one,
 * since the read buffer takes whatever the socket has. A length outside {@code 1..maxFrame} is
 * garbage and fails the read before anything is allocated. Used by one thread at a time.
 */
public final class FramedChannel implements Closeable {

    private final SocketChannel channel;
    private final int maxFrame;
    /** Bytes received and not yet consumed, between position and limit. */
    private ByteBuffer in = ByteBuffer.allocate(8192).flip();

    public FramedChannel(SocketChannel channel, int maxFrame) {
        this.channel = channel;
        this.maxFrame = maxFrame;
    }

    /** Sends a frame made by {@link Frames#finish}, or raw handshake bytes. */
    public void send(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * The body of the next frame.
     *
     * @throws EOFException when the peer closed the connection
     * @throws WireFormatException when the length is not a frame's
     */
    public byte[] receive() throws IOException {
        require(4);
        int length = in.getInt();
        if (length < 1 || length > maxFrame) {
            throw new WireFormatException("frame length " + length + " outside 1.." + maxFrame);
        }
        return receiveExactly(length);
    }

    /** Exactly {@code n} raw bytes, for the handshake. */
    public byte[] receiveExactly(int n) throws IOException {
        require(n);
        byte[] bytes = new byte[n];
        in.get(bytes);
        if (in.capacity() > (1 << 20) && !in.hasRemaining()) {
            in = ByteBuffer.allocate(8192).flip(); // do not keep a huge buffer for one huge frame
        }
        return bytes;
    }

    private void require(int n) throws IOException {
        if (in.remaining() >= n) {
            return;
        }
        if (in.capacity() < n) {
            in = ByteBuffer.allocate(n).put(in).flip();
        }
        in.compact();
        try {
            while (in.position() < n) {
                if (channel.read(in) < 0) {
                    throw new EOFException("the other side closed the connection");
                }
            }
        } finally {
            in.flip();
        }
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
