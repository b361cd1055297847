package dev.jmp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.AuthenticationException;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerTest {

    private static final byte[] KEY = "secret password".getBytes(StandardCharsets.UTF_8);
    private static final SocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final ExecutorService server = Executors.newSingleThreadExecutor();

    @TempDir
    Path directory;

    @AfterEach
    void stopServer() throws InterruptedException {
        server.shutdownNow();
        assertTrue(server.awaitTermination(30, TimeUnit.SECONDS));
    }

    @Test
    void aClientWithTheKeyTalksBothWaysOverTcp() throws Exception {
        try (Listener<String> listener = Listener.create(LOOPBACK, KEY, String.class)) {
            roundTrip(listener);
        }
    }

    @Test
    void aClientWithTheKeyTalksBothWaysOverAUnixSocket() throws Exception {
        Path socket = directory.resolve("listener.sock");
        try (Listener<String> listener = Listener.create(UnixDomainSocketAddress.of(socket), KEY, String.class)) {
            roundTrip(listener);
            assertTrue(Files.exists(socket));
        }
        assertFalse(Files.exists(socket), "the socket file is removed on close");
    }

    private void roundTrip(Listener<String> listener) throws Exception {
        Future<String> served = server.submit(() -> {
            try (Connection<String> conn = listener.accept()) {
                String question = conn.recv();
                conn.send(question + "!");
                conn.sendBytes(new byte[] {1, 2, 3});
                conn.send(null);
                conn.send(null);
                return question;
            }
        });
        try (Connection<String> conn = Client.connect(listener.address(), KEY, String.class)) {
            conn.send("hello");
            assertTrue(conn.poll(Duration.ofSeconds(10)));
            assertEquals("hello!", conn.recv());
            assertEquals(3, conn.recvBytes().length);
            assertNull(conn.recv());
            assertNull(conn.recvBytes(), "a null message has no bytes, so that sendBytes carries it on as null");
            assertThrows(EOFException.class, conn::recv, "the server closed its side");
            assertThrows(IllegalStateException.class, () -> dev.jmp.shm.Handles.encode(conn));
        }
        assertEquals("hello", served.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aWrongKeyIsRefusedOnBothSidesBeforeAnyMessage() throws Exception {
        try (Listener<String> listener = Listener.create(LOOPBACK, KEY, String.class)) {
            Future<Connection<String>> accepted = server.submit(listener::accept);
            byte[] wrong = "guess".getBytes(StandardCharsets.UTF_8);
            AuthenticationException client = assertThrows(AuthenticationException.class,
                    () -> Client.connect(listener.address(), wrong, String.class));
            assertTrue(client.getMessage().startsWith("[jmp.connection.auth-refused]"), client.getMessage());
            assertEquals("[jmp.connection.auth-failed]", code(serverFailure(accepted)));
            // the listener goes on serving clients that have the key
            roundTrip(listener);
        }
    }

    @Test
    void aListenerThatDoesNotKnowTheClientsKeyIsRefusedByTheClient() throws Exception {
        try (Listener<String> listener = Listener.create(LOOPBACK, "other".getBytes(StandardCharsets.UTF_8), String.class)) {
            Future<Connection<String>> accepted = server.submit(listener::accept);
            assertThrows(AuthenticationException.class, () -> Client.connect(listener.address(), KEY, String.class));
            assertEquals("[jmp.connection.auth-failed]", code(serverFailure(accepted)));
        }
    }

    @Test
    void garbageAndTruncatedFramesFromARawSocketAreRefusedWithoutReadingOn() throws Exception {
        try (Listener<String> listener = Listener.create(LOOPBACK, KEY, String.class)) {
            for (byte[] junk : List.of("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0},
                    new byte[] {0, 0, 0, 50, '{', 's', 'h', 'a'})) {
                Future<Connection<String>> accepted = server.submit(listener::accept);
                try (SocketChannel raw = SocketChannel.open(listener.address())) {
                    raw.write(ByteBuffer.wrap(junk));
                    raw.shutdownOutput();
                    AuthenticationException refused = serverFailure(accepted);
                    assertEquals("[jmp.connection.auth-protocol]", code(refused), refused.getMessage());
                    assertEquals(-1, drain(raw), "the listener closed the connection");
                }
            }
        }
    }

    @Test
    void aClientMeetingSomethingElseThanAListenerFailsClearly() throws Exception {
        try (java.nio.channels.ServerSocketChannel fake = java.nio.channels.ServerSocketChannel.open()) {
            fake.bind(LOOPBACK);
            server.submit(() -> {
                try (SocketChannel peer = fake.accept()) {
                    peer.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 4, 'n', 'o', 'p', 'e'}));
                    Thread.sleep(5_000);
                }
                return null;
            });
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> Client.connect(fake.getLocalAddress(), KEY, String.class));
            assertEquals("[jmp.connection.auth-protocol]", code(e), e.getMessage());
        }
    }

    @Test
    void anImpostorListenerThatWelcomesAnyoneIsCaughtByTheClientsOwnChallenge() throws Exception {
        try (java.nio.channels.ServerSocketChannel fake = java.nio.channels.ServerSocketChannel.open()) {
            fake.bind(LOOPBACK);
            Future<byte[]> verdict = server.submit(() -> {
                try (SocketChannel peer = fake.accept()) {
                    byte[] challenge = ("#CHALLENGE#{sha256}" + "n".repeat(40)).getBytes(StandardCharsets.US_ASCII);
                    writeFrame(peer, challenge);
                    readFrame(peer); // the client's answer, not checked: an impostor cannot
                    writeFrame(peer, "#WELCOME#".getBytes(StandardCharsets.US_ASCII));
                    readFrame(peer); // the client's challenge
                    writeFrame(peer, ("{sha256}" + "x".repeat(32)).getBytes(StandardCharsets.US_ASCII));
                    return readFrame(peer);
                }
            });
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> Client.connect(fake.getLocalAddress(), KEY, String.class));
            assertEquals("[jmp.connection.auth-failed]", code(e), e.getMessage());
            assertEquals("#FAILURE#", new String(verdict.get(30, TimeUnit.SECONDS), StandardCharsets.US_ASCII));
        }
    }

    private static void writeFrame(SocketChannel channel, byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).flip();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    private static byte[] readFrame(SocketChannel channel) throws IOException {
        ByteBuffer length = readFully(channel, 4);
        return readFully(channel, length.getInt()).array();
    }

    private static ByteBuffer readFully(SocketChannel channel, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException();
            }
        }
        return buffer.flip();
    }

    @Test
    void anAuthkeyIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Listener.create(LOOPBACK, new byte[0], String.class));
        assertTrue(e.getMessage().startsWith("[jmp.connection.no-authkey]"), e.getMessage());
    }

    private static AuthenticationException serverFailure(Future<?> accepted) throws Exception {
        try {
            accepted.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException auth) {
                return auth;
            }
            throw e;
        }
        throw new AssertionError("the listener accepted a client that should have been refused");
    }

    private static String code(Exception e) {
        return e.getMessage().substring(0, e.getMessage().indexOf(']') + 1);
    }

    /** Reads what the listener sent until it closes; returns the last read's result. */
    private static int drain(SocketChannel raw) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        int n;
        while ((n = raw.read(buffer.clear())) > 0) {
            // the challenge, perhaps a verdict
        }
        return n;
    }
}
