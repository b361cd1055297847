package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import dev.jmp.wire.FrameFormat;
import dev.jmp.wire.FrameHeader;
import dev.jmp.wire.FrameReader;
import dev.jmp.wire.FrameTooLongException;
import dev.jmp.wire.FrameWriter;
import dev.jmp.wire.Handshake;
import dev.jmp.wire.PeerRefusedException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.Function;

/**
 * One end of a manager connection: frames with the wire kit's {@link FrameHeader} (length,
 * version, flags, type), the first ones those of the {@link Handshake}, then the server's id and
 * frame limit in a frame of their own. A frame is written with one call and usually read with one,
 * since the {@link FrameReader} takes whatever the socket has. A length over the limit fails the
 * read before anything is allocated; a frame larger than the read buffer is read into an array
 * grown as its bytes arrive, so a length announced costs nothing until the bytes come; a frame of
 * another protocol version is refused from its header. Used by one thread at a time.
 */
public final class FramedChannel implements Closeable {

    /**
     * How a server's handshakes report a client's failures: as {@link PeerRefusedException}s,
     * which the server logs nowhere and no user sees; the client is told by its own handshake. A
     * holder of its own, so that a client, which never serves, spins no lambda for it.
     */
    private static final class Serving {
        static final Handshake.Wording WORDING = new Handshake.Wording("a client",
                "[jmp.manager.auth] a client refused this manager's answer to its challenge",
                "[jmp.manager.auth] a client did not know the authkey; its connection is refused",
                "[jmp.manager.auth] a client does not speak the jmp manager protocol", PeerRefusedException::new);
    }
    private static final int BUFFER = 8192;
    private static final int ANNOUNCEMENT = Long.BYTES + Integer.BYTES;

    private final SocketChannel channel;
    private final FrameReader frames;
    private final FrameWriter writer;
    private int maxFrame;

    /** A channel that accepts frames of up to {@code maxFrame} bytes (a client adopts the server's on {@link #join}). */
    public FramedChannel(SocketChannel channel, int maxFrame) {
        this.channel = channel;
        this.frames = new FrameReader(channel, FrameFormat.JMP).buffer(BUFFER);
        this.writer = new FrameWriter(channel);
        this.maxFrame = maxFrame;
    }

    /**
     * The server's side of the handshake, then {@link #announce}.
     *
     * @throws PeerRefusedException when the client does not prove it knows {@code key}
     */
    public void serve(byte[] key, long serverId) throws IOException {
        Handshake.authenticate(handshakeChannel(), key, serving(), true);
        announce(serverId);
    }

    /** Tells an authenticated client the server's id and this channel's frame limit, which it adopts. */
    public void announce(long serverId) throws IOException {
        send(FrameHeader.frame(Frames.ANNOUNCEMENT,
                ByteBuffer.allocate(ANNOUNCEMENT).putLong(serverId).putInt(maxFrame).array()));
    }

    /**
     * The client's side of the handshake; returns the server id, and adopts the server's frame limit.
     *
     * @param where the manager as messages name it
     * @param failure makes the exception a failed handshake is thrown as: the user's
     *     {@code dev.jmp.AuthenticationException}, which the API supplies
     * @throws RuntimeException {@code failure}'s, when either side does not know the key, or
     *     the manager speaks another protocol version ({@code [jmp.wire.version]})
     */
    public long join(byte[] key, String where, Function<String, ? extends RuntimeException> failure)
            throws IOException {
        frames.peer(where);
        Handshake.authenticate(handshakeChannel(), key, new Handshake.Wording(where,
                "[jmp.manager.auth] " + where + " refused this process's authkey; connect with the key the manager"
                        + " was started with",
                "[jmp.manager.auth] " + where + " could not prove it knows the authkey; it is not the manager you"
                        + " meant to reach",
                "[jmp.manager.auth] " + where + " is not a jmp manager",
                failure),
                false);
        ByteBuffer announced = ByteBuffer.wrap(receive(ANNOUNCEMENT, Frames.ANNOUNCEMENT));
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

    /** How a server's handshakes word a client's failures: as {@link PeerRefusedException}s, which no user sees. */
    public static Handshake.Wording serving() {
        return Serving.WORDING;
    }

    /** The largest frame this channel accepts, and so the largest the other side accepts. */
    public int maxFrame() {
        return maxFrame;
    }

    private Handshake.Channel handshakeChannel() {
        return new Handshake.Channel() {
            @Override
            public void send(byte[] message) throws IOException {
                FramedChannel.this.send(FrameHeader.frame(Handshake.FRAME_TYPE, message));
            }

            @Override
            public byte[] receive(int maxLength) throws IOException {
                return frames.read(maxLength);
            }
        };
    }

    /** Sends a frame made by {@link Frames#finish}. */
    public void send(byte[] frame) throws IOException {
        writer.writeFrame(frame);
    }

    /**
     * The body of the next frame, which must be of {@code type}.
     *
     * @throws EOFException when the peer closed the connection
     * @throws WireFormatException when the frame is of another type, or its length is over the
     *     limit ({@code [jmp.manager.frame-too-large]}; nothing of the frame was allocated)
     */
    public byte[] receive(int type) throws IOException {
        return receive(maxFrame, type);
    }

    /** The body of the next frame, of whatever type. */
    public byte[] receive() throws IOException {
        return receive(maxFrame, -1);
    }

    private byte[] receive(int maxLength, int type) throws IOException {
        byte[] body;
        try {
            body = frames.read(maxLength);
        } catch (FrameTooLongException e) {
            throw new WireFormatException(Frames.tooLarge("a frame", e.length(), maxLength), e);
        }
        if (type >= 0 && frames.type() != type) {
            throw unexpected(type); // out of line: every call's frames pass here
        }
        return body;
    }

    private WireFormatException unexpected(int type) {
        return new WireFormatException("a frame of type " + frames.type() + " where one of type " + type
                + " was expected");
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
