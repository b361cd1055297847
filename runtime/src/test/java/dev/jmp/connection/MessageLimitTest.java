package dev.jmp.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.wire.Handshake;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a socket connection's receiver pays for a message's announced length: a message over the
 * limit the caller gave is refused from its header, without waiting for its bytes or allocating
 * them, and left unread; a long one costs what has arrived of it. The peer is a raw socket that
 * runs the listener's side of the handshake and then writes whatever frames the test wants.
 */
class MessageLimitTest {

    private static final byte[] KEY = "limits".getBytes(StandardCharsets.UTF_8);
    private static final int TWO_GIB = Integer.MAX_VALUE - 16; // the longest message a Java array holds
    /** A guard against a hang, never a measure: the calls below return on their own or never. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    /** The bytes the current thread allocated so far (HotSpot counts them per thread). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** A client connection, and the raw socket of its authenticated peer. */
    private record Pair(Connection<String> connection, SocketChannel peer) implements AutoCloseable {
        void write(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                peer.write(bytes);
            }
        }

        @Override
        public void close() throws IOException {
            connection.close();
            peer.close();
        }
    }

    private Pair connect(boolean unix) throws Exception {
        SocketAddress at = unix ? UnixDomainSocketAddress.of(directory.resolve("limits.sock"))
                : new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try (ServerSocketChannel server = ServerSocketChannel.open(unix ? java.net.StandardProtocolFamily.UNIX
                : java.net.StandardProtocolFamily.INET)) {
            server.bind(at);
            CompletableFuture<SocketChannel> peer = CompletableFuture.supplyAsync(() -> {
                try {
                    SocketChannel accepted = server.accept();
                    Handshake.authenticate(new RawFrames(accepted), KEY, SocketTransport.WORDING, true);
                    return accepted;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Connection<String> connection = Client.connect(server.getLocalAddress(), KEY, String.class);
            return new Pair(connection, peer.get(GUARD.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void aTwoGibAnnouncementIsRefusedFromItsHeaderWithoutItsBytes(boolean unix) throws Exception {
        try (Pair pair = connect(unix)) {
            pair.write(ByteBuffer.allocate(4).putInt(TWO_GIB).flip()); // and never a byte of its body
            assertTimeoutPreemptively(GUARD, () -> {
                long before = allocated();
                IOException tooLong = assertThrows(IOException.class, () -> pair.connection().recvBytes(1024));
                assertTrue(tooLong.getMessage().startsWith("[jmp.connection.too-long] the next message on "),
                        tooLong.getMessage());
                assertTrue(tooLong.getMessage().contains(" has 2147483631 bytes, more than maxLength 1024;"),
                        tooLong.getMessage());
                BufferTooShortException tooShort = assertThrows(BufferTooShortException.class,
                        () -> pair.connection().recvBytesInto(new byte[4096], 1024));
                assertEquals(TWO_GIB, tooShort.length());
                assertTrue(allocated() - before < (1 << 20), "allocated " + (allocated() - before) + " bytes");
            });
            assertTrue(pair.connection().poll(), "the refused message is still next");
        }
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void aRefusedMessageIsLeftUnreadAndArrivesWholeNext(boolean unix) throws Exception {
        byte[] large = new byte[300_000]; // more than the read buffer: read into its own array
        new Random(3).nextBytes(large);
        try (Pair pair = connect(unix)) {
            CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
                try {
                    pair.write(ByteBuffer.allocate(4 + large.length + 4 + 3).putInt(large.length).put(large)
                            .putInt(3).put(new byte[] {7, 8, 9}).flip());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(IOException.class, () -> pair.connection().recvBytes(100));
            assertEquals(large.length, assertThrows(BufferTooShortException.class,
                    () -> pair.connection().recvBytesInto(new byte[100])).length());
            assertArrayEquals(large, pair.connection().recvBytes(large.length));
            byte[] small = new byte[5];
            assertEquals(3, pair.connection().recvBytesInto(small, 2));
            assertArrayEquals(new byte[] {0, 0, 7, 8, 9}, small);
            written.get(GUARD.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void aLongAnnouncementCostsWhatArrivedOfIt(boolean unix) throws Exception {
        try (Pair pair = connect(unix)) {
            pair.write(ByteBuffer.allocate(4 + (1 << 20)).putInt(1 << 30).flip()); // 1 MiB of a 1 GiB message
            pair.peer().shutdownOutput(); // then the peer goes
            long before = allocated();
            EOFException truncated = assertThrows(EOFException.class, () -> pair.connection().recvBytes());
            assertTrue(truncated.getMessage().startsWith("[jmp.connection.truncated]"), truncated.getMessage());
            assertTrue(allocated() - before < (16 << 20), "allocated " + (allocated() - before) + " bytes");
        }
    }

    /** The handshake's frames over a blocking socket, as a listener of another implementation would send them. */
    private record RawFrames(SocketChannel channel) implements Handshake.Channel {
        @Override
        public void send(byte[] message) throws IOException {
            ByteBuffer frame = ByteBuffer.allocate(4 + message.length).putInt(message.length).put(message).flip();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }

        @Override
        public byte[] receive(int maxLength) throws IOException {
            ByteBuffer header = fill(ByteBuffer.allocate(4));
            return fill(ByteBuffer.allocate(header.getInt())).array();
        }

        private ByteBuffer fill(ByteBuffer buffer) throws IOException {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException();
                }
            }
            return buffer.flip();
        }
    }
}
