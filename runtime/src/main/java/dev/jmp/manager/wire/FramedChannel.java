package dev.jmp.manager.wire;

import dev.jmp.AuthenticationException;
import dev.jmp.internal.Handshake;
import dev.jmp.internal.WireFormatException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One end of a manager connection: length-prefixed frames ({@code [int length][body]}), the
 * first ones those of the {@link Handshake}, then the server's id in a frame of its own. A frame
 * is written with one call and usually read with one, since the read buffer takes whatever the
 * socket has. A length outside {@code 1..maxFrame} is garbage and fails the read before anything
 * is allocated. Used by one thread at a time.
 */
public final class FramedChannel implements Closeable {

    private static final Handshake.Wording SERVING = new Handshake.Wording(
            "[jmp.manager.auth] a client refused this manager's answer to its challenge",
            "[jmp.manager.auth] a client did not know the authkey; its connection is refused",
            "[jmp.manager.auth] a client does not speak the jmp manager protocol");

    private final SocketChannel channel;
    private final int maxFrame;
    /** Bytes received and not yet consumed, between position and limit. */
    private ByteBuffer in = ByteBuffer.allocate(8192).flip();

    public FramedChannel(SocketChannel channel, int maxFrame) {
        this.channel = channel;
        this.maxFrame = maxFrame;
    }

    /**
     * The server's side of the handshake, then its id.
     *
     * @throws AuthenticationException when the client does not prove it knows {@code key}
     */
    public void serve(byte[] key, long serverId) throws IOException {
        Handshake.authenticate(handshakeChannel(), key, SERVING, true);
        send(frame(ByteBuffer.allocate(Long.BYTES).putLong(serverId).array()));
    }

    /**
     * The client's side of the handshake; returns the server id.
     *
     * @param where the manager as messages name it
     * @throws AuthenticationException when either side does not know the key
     */
    public long join(byte[] key, String where) throws IOException {
        Handshake.authenticate(handshakeChannel(), key, new Handshake.Wording(
                "[jmp.manager.auth] " + where + " refused this process's authkey; connect with the key the manager"
                        + " was started with",
                "[jmp.manager.auth] " + where + " could not prove it knows the authkey; it is not the manager you"
                        + " meant to reach",
                "[jmp.manager.auth] " + where + " is not a jmp manager (or speaks another version of its protocol)"),
                false);
        byte[] id = receive(Long.BYTES);
        if (id.length != Long.BYTES) {
            throw new WireFormatException("a server id of " + id.length + " bytes");
        }
        return ByteBuffer.wrap(id).getLong();
    }

    private Handshake.Channel handshakeChannel() {
        return new Handshake.Channel() {
            @Override
            public void send(byte[] message) throws IOException {
                FramedChannel.this.send(frame(message));
            }

            @Override
            public byte[] receive(int maxLength) throws IOException {
                return FramedChannel.this.receive(maxLength);
            }
        };
    }

    private static byte[] frame(byte[] body) {
        return ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).array();
    }

    /** Sends a frame made by {@link Frames#finish}. */
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
        return receive(maxFrame);
    }

    private byte[] receive(int maxLength) throws IOException {
        require(4);
        int length = in.getInt();
        if (length < 1 || length > maxLength) {
            throw new WireFormatException("frame length " + length + " outside 1.." + maxLength);
        }
        return receiveExactly(length);
    }

    private byte[] receiveExactly(int n) throws IOException {
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
