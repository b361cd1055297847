package dev.jmp.connection;

import dev.jmp.AuthenticationException;
import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.util.Objects;

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
 * <p>{@link #accept()} throws {@link AuthenticationException} for a peer that fails the
 * handshake (wrong key, garbage, silence past the handshake timeout), after closing it; the
 * listener stays open for the next. A Unix-domain listener removes its socket file when closed.
 *
 * @param <E> the type of the objects its connections carry
 */
public final class Listener<E> implements AutoCloseable {

    private final ServerSocketChannel server;
    private final SocketAddress address;
    private final byte[] authkey;
    private final Codec<E> codec;

    private Listener(ServerSocketChannel server, byte[] authkey, Codec<E> codec) throws IOException {
        this.server = server;
        this.address = server.getLocalAddress();
        this.authkey = authkey;
        this.codec = codec;
    }

    /** Listens on {@code address} (port 0: any free port) for connections carrying {@code type}. */
    public static <E> Listener<E> create(SocketAddress address, byte[] authkey, Class<E> type) throws IOException {
        return create(address, authkey, Codecs.of(type));
    }

    /** Listens on {@code address} for connections whose objects {@code codec} encodes. */
    public static <E> Listener<E> create(SocketAddress address, byte[] authkey, Codec<E> codec) throws IOException {
        byte[] key = SocketTransport.checkedKey(authkey);
        Objects.requireNonNull(codec, "codec");
        ServerSocketChannel server = address instanceof UnixDomainSocketAddress
                ? ServerSocketChannel.open(StandardProtocolFamily.UNIX) : ServerSocketChannel.open();
        try {
            server.bind(Objects.requireNonNull(address, "address"));
            return new Listener<>(server, key, codec);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Waits for a client, authenticates it and returns the connection.
     *
     * @throws AuthenticationException if the client failed the handshake (it was closed)
     */
    public Connection<E> accept() throws IOException {
        return new Connection<>(SocketTransport.authenticate(server.accept(), authkey, true), codec);
    }

    /** The address listened on, with the actual port when 0 was asked for. */
    public SocketAddress address() {
        return address;
    }

    /** Stops listening; removes a Unix-domain socket's file. Idempotent. */
    @Override
    public void close() throws IOException {
        if (server.isOpen()) {
            server.close();
            if (address instanceof UnixDomainSocketAddress unix) {
                Files.deleteIfExists(unix.getPath());
            }
        }
    }
}
