package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import dev.jmp.link.Handshake;
import dev.jmp.link.PeerRefusedException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.function.Function;

/**
 * One end of a manager connection: length-prefixed frames ({@code [int length][body]}), the
 * first ones those of the {@link Handshake}, then the server's id and frame limit in a frame of
 * their own. A frame is written with one call and usually read with one, since the read buffer
 * takes whatever the socket has. A length outside {@code 1..maxFrame} fails the read before
 * anything is allocated; a frame larger than the read buffer is read into an array grown as its
 * bytes arrive, so a length announced costs nothing until the bytes come. Used by one thread at
 * a time.
 */
public final class FramedChannel implements Closeable {

    /**
     * How a server's handshakes report a client's failures: as {@link PeerRefusedException}s,
     * which the server logs nowhere and no user sees; the client is told by its own handshake.
     */
    public static final Handshake.Wording SERVING = new Handshake.Wording(
            "[jmp.manager.auth] a client refused this manager's answer to its challenge",
            "[jmp.manager.auth] a client did not know the authkey; its connection is refused",
            "[jmp.manager.auth] a client does not speak the jmp manager protocol", PeerRefusedException::new);
    private static final int BUFFER = 8192;
    /** How much a large frame's array grows by at least, and reads at most at a time. */
    private static final int CHUNK = 64 << 10;
    private static final int ANNOUNCEMENT = Long.BYTES + Integer.BYTES;

    private final SocketChannel channel;
    private int maxFrame;
    /** Bytes received and not yet consumed, between position and limit. */
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER).flip();

    /** A channel that accepts frames of up to {@code maxFrame} bytes (a client adopts the server's on {@link #join}). */
    public FramedChannel(SocketChannel channel, int maxFrame) {
        this.channel = channel;
        this.maxFrame = maxFrame;
    }

    /**
     * The server's side of the handshake, then {@link #announce}.
     *
     * @throws PeerRefusedException when the client does not prove it knows {@code key}
     */
    public void serve(byte[] key, long serverId) throws IOException {
        Handshake.authenticate(handshakeChannel(), key, SERVING, true);
        announce(serverId);
    }

    /** Tells an authenticated client the server's id and this channel's frame limit, which it adopts. */
    public void announce(long serverId) throws IOException {
        send(frame(ByteBuffer.allocate(ANNOUNCEMENT).putLong(serverId).putInt(maxFrame).array()));
    }

    /**
     * The client's side of the handshake; returns the server id, and adopts the server's frame limit.
     *
     * @param where the manager as messages name it
     * @param failure makes the exception a failed handshake is thrown as: the user's
     *     {@code dev.jmp.AuthenticationException}, which the API supplies
     * @throws RuntimeException {@code failure}'s, when either side does not know the key
     */
    public long join(byte[] key, String where, Function<String, ? extends RuntimeException> failure)
            throws IOException {
        Handshake.authenticate(handshakeChannel(), key, new Handshake.Wording(
                "[jmp.manager.auth] " + where + " refused this process's authkey; connect with the key the manager"
                        + " was started with",
                "[jmp.manager.auth] " + where + " could not prove it knows the authkey; it is not the manager you"
                        + " meant to reach",
                "[jmp.manager.auth] " + where + " is not a jmp manager (or speaks another version of its protocol)",
                failure),
                false);
        ByteBuffer announced = ByteBuffer.wrap(receive(ANNOUNCEMENT));
        if (announced.remaining() != ANNOUNCEMENT) {
            throw new WireFormatException("a server announcement of " + announced.remaining() + " bytes");
        }
        long serverId = announced.getLong();
        try {
            maxFrame = Frames.checkMaxFrame(announced.getInt(), "the limit the server announced");
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(e.getMessage(), e);
        }
        return serverId;
    }

    /** The largest frame this channel accepts, and so the largest the other side accepts. */
    public int maxFrame() {
        return maxFrame;
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
     * @throws WireFormatException when the length is not a frame's, or is over the limit
     *     ({@code [jmp.manager.frame-too-large]}); nothing of the frame was allocated
     */
    public byte[] receive() throws IOException {
        return receive(maxFrame);
    }

    private byte[] receive(int maxLength) throws IOException {
        require(4);
        int length = in.getInt();
        if (length < 1) {
            throw new WireFormatException("a frame length of " + length);
        }
        if (length > maxLength) {
            throw new WireFormatException(Frames.tooLarge("a frame", length, maxLength));
        }
        if (length > in.capacity()) {
            return receiveLarge(length);
        }
        require(length);
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    /** A frame larger than the read buffer, into an array that grows as the bytes arrive. */
    private byte[] receiveLarge(int length) throws IOException {
        byte[] body = new byte[Math.min(length, CHUNK)];
        int filled = in.remaining();
        in.get(body, 0, filled);
        while (filled < length) {
            if (filled == body.length) {
                body = Arrays.copyOf(body, (int) Math.min(length, 2L * body.length));
            }
            int n = channel.read(ByteBuffer.wrap(body, filled, Math.min(body.length - filled, CHUNK)));
            if (n < 0) {
                throw new EOFException("the other side closed the connection in the middle of a frame");
            }
            filled += n;
        }
        return body;
    }

    /** Buffers at least {@code n} bytes, {@code n} being at most the buffer's size. */
    private void require(int n) throws IOException {
        if (in.remaining() >= n) {
            return;
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
