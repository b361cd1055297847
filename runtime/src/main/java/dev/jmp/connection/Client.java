package dev.jmp.connection;

import dev.jmp.AuthenticationException;
import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * Connects to a {@link Listener}: Python's {@code multiprocessing.connection.Client}.
 *
 * <pre>{@code
 * byte[] key = "secret password".getBytes(UTF_8);
 * try (Connection<String> conn = Client.connect(new InetSocketAddress("localhost", 6000), key, String.class)) {
 *     conn.send("hello");
 * }
 * }</pre>
 *
 * <p>Before anything else the two sides prove to each other that they have the same authkey:
 * the listener sends a random challenge and checks the client's HMAC-SHA-256 of it, then the
 * client does the same to the listener. A wrong key fails with {@link AuthenticationException}
 * on both sides, and neither has decoded anything the other sent.
 */
public final class Client {

    private Client() {}

    /** Connects to {@code address} (TCP or Unix-domain) for objects of {@code type}. */
    public static <E> Connection<E> connect(SocketAddress address, byte[] authkey, Class<E> type) throws IOException {
        return connect(address, authkey, Codecs.of(type));
    }

    /**
     * Connects to {@code address} for objects that {@code codec} encodes.
     *
     * @throws AuthenticationException if the listener and this side do not share the authkey
     */
    public static <E> Connection<E> connect(SocketAddress address, byte[] authkey, Codec<E> codec) throws IOException {
        byte[] key = SocketTransport.checkedKey(authkey);
        Objects.requireNonNull(codec, "codec");
        SocketChannel channel = SocketChannel.open(Objects.requireNonNull(address, "address"));
        return new Connection<>(SocketTransport.authenticate(channel, key), codec);
    }
}
