package dev.jmp.connection;

import dev.jmp.AuthenticationException;
import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import dev.jmp.wire.FrameFormat;
import dev.jmp.wire.HandshakeGate;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Accepts authenticated connections on a TCP or Unix-domain socket: Python's
 * {@code multiprocessing.connection.Listener}. Every connection is authenticated both ways
 * (HMAC-SHA-256 challenge and response, see {@link Client}) before anything it sends is decoded.
 *
 * <pre>{@code
 * byte[] key = "secret password".getBytes(UTF_8);
 * try (Listener<String> listener = Listener.create(new InetSocketAddress("localhost", 6000), key, String.class)) {
 *     try (Connection<String> conn = listener.accept()) {
 *         System.out.println(conn.recv());
 *     }
 * }
 * }</pre>
 *
 * <p>Handshakes run side by side while {@link #accept()} waits, on the calling thread and a
 * selector, without a thread per peer: {@code accept()} returns the next connection that
 * finished its handshake, so a peer that is silent or sends a byte at a time never delays one
 * that answers. Each handshake must finish within 10 seconds of its connection being accepted,
 * and at most {@value #MAX_PENDING_HANDSHAKES} run at once: one more drops the oldest. A peer
 * that fails (wrong key, garbage, too slow, dropped) is closed, and {@code accept()} reports it
 * with an {@link AuthenticationException} when no authenticated connection is waiting; the
 * listener stays open for the next. As in Python, handshakes move on only while some thread is
 * in {@code accept()}. {@link #close()} closes the connections still in their handshake, and a
 * Unix-domain listener removes its socket file.
 *
 * @param <E> the type of the objects its connections carry
 */
public final class Listener<E> implements AutoCloseable {

    /** How many handshakes run at once; one more drops the oldest. */
    public static final int MAX_PENDING_HANDSHAKES = 256;

    private final HandshakeGate gate;
    private final SocketAddress address;
    private final Codec<E> codec;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Listener(ServerSocketChannel server, byte[] authkey, Codec<E> codec, Duration handshakeLimit)
            throws IOException {
        this.address = server.getLocalAddress();
        this.gate = new HandshakeGate(server, authkey, SocketTransport.WORDING, SocketTransport.TOO_SLOW,
                handshakeLimit, MAX_PENDING_HANDSHAKES, FrameFormat.LENGTH_PREFIXED);
        this.codec = codec;
    }

    /** Listens on {@code address} (port 0: any free port) for connections carrying {@code type}. */
    public static <E> Listener<E> create(SocketAddress address, byte[] authkey, Class<E> type) throws IOException {
        return create(address, authkey, Codecs.of(type));
    }

    /** Listens on {@code address} for connections whose objects {@code codec} encodes. */
    public static <E> Listener<E> create(SocketAddress address, byte[] authkey, Codec<E> codec) throws IOException {
        return create(address, authkey, codec, SocketTransport.HANDSHAKE_TIMEOUT);
    }

    /** {@link #create(SocketAddress, byte[], Codec)} with another handshake time limit; for tests. */
    static <E> Listener<E> create(SocketAddress address, byte[] authkey, Codec<E> codec, Duration handshakeLimit)
            throws IOException {
        byte[] key = SocketTransport.checkedKey(authkey);
        Objects.requireNonNull(codec, "codec");
        ServerSocketChannel server = address instanceof UnixDomainSocketAddress
                ? ServerSocketChannel.open(StandardProtocolFamily.UNIX) : ServerSocketChannel.open();
        try {
            server.bind(Objects.requireNonNull(address, "address"), MAX_PENDING_HANDSHAKES);
            return new Listener<>(server, key, codec, handshakeLimit);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Waits for the next client that proves it has the authkey, and returns its connection.
     *
     * @throws AuthenticationException for a peer that failed its handshake (it was closed), when
     *     no authenticated connection was waiting; call again for the next
     * @throws java.nio.channels.ClosedChannelException when the listener is closed
     * @throws java.io.InterruptedIOException when the calling thread is interrupted; it stays
     *     interrupted, and the listener open
     */
    public Connection<E> accept() throws IOException {
        SocketChannel channel = gate.accept();
        try {
            return new Connection<>(new SocketTransport(channel), codec);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The address listened on, with the actual port when 0 was asked for. */
    public SocketAddress address() {
        return address;
    }

    /** Stops listening, closes the connections still in their handshake; removes a Unix-domain socket's file. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            gate.close();
            if (address instanceof UnixDomainSocketAddress unix) {
                Files.deleteIfExists(unix.getPath());
            }
        }
    }
}
