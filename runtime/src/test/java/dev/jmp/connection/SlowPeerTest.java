package dev.jmp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.AuthenticationException;
import dev.jmp.codec.Codecs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A peer that connects to a {@link Listener} and answers its challenge a byte at a time (or not
 * at all) does not delay the clients that have the key: {@code accept()} returns them while the
 * slow peer's handshake is still running, and closing the listener closes it.
 */
class SlowPeerTest {

    private static final byte[] KEY = "secret password".getBytes(StandardCharsets.UTF_8);
    /** A guard against a hang, never a measure: every wait below ends on an event first. */
    private static final long GUARD_SECONDS = 120;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "unix={0}")
    @ValueSource(booleans = {false, true})
    void clientsWithTheKeyAreAcceptedWhileASlowPeerIsStillInItsHandshake(boolean unix) throws Exception {
        SocketAddress at = unix ? UnixDomainSocketAddress.of(directory.resolve("slow.sock"))
                : new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        BlockingQueue<Object> accepted = new LinkedBlockingQueue<>();
        Thread accepting;
        // A handshake limit far beyond the test, so that the slow peer is still pending however slow the machine.
        try (Listener<String> listener = Listener.create(at, KEY, Codecs.of(String.class), Duration.ofHours(1));
                SocketChannel slow = SocketChannel.open(listener.address())) {
            accepting = new Thread(() -> acceptUntilClosed(listener, accepted), "accepting");
            accepting.start();
            ByteBuffer challenge = readFrame(slow); // the listener is running its handshake
            assertTrue(new String(challenge.array(), StandardCharsets.US_ASCII).startsWith("#CHALLENGE#"));
            ByteBuffer answer = ByteBuffer.allocate(4 + 40).putInt(40).put("{sha256}".getBytes(StandardCharsets.US_ASCII))
                    .flip(); // an answer's frame, never finished
            slow.write(answer.slice(0, 1)); // its first byte, and nothing more yet
            for (int i = 0; i < 3; i++) {
                try (Connection<String> client = Client.connect(listener.address(), KEY, String.class)) {
                    Object outcome = accepted.poll(GUARD_SECONDS, TimeUnit.SECONDS);
                    assertInstanceOf(Connection.class, outcome, "accept() returned " + outcome + " first");
                    @SuppressWarnings("unchecked")
                    Connection<String> served = (Connection<String>) outcome;
                    client.send("hello " + i);
                    assertEquals("hello " + i, served.recv());
                    served.close();
                }
                slow.write(answer.slice(1 + i, 1)); // trickles on
            }
            slow.configureBlocking(false);
            assertEquals(0, slow.read(ByteBuffer.allocate(64)), "the slow peer's handshake is still running");
            assertTrue(accepted.isEmpty(), "nothing else was accepted or refused meanwhile: " + accepted);
            listener.close();
            slow.configureBlocking(true);
            assertTrue(closedByPeer(slow), "closing the listener closed the slow peer");
        }
        accepting.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
        assertFalse(accepting.isAlive());
        assertInstanceOf(ClosedChannelException.class, accepted.poll(), "accept() ended with the listener");
    }

    @org.junit.jupiter.api.Test
    void anInterruptedAcceptLeavesTheListenerOpen() throws Exception {
        try (Listener<String> listener = Listener.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                KEY, String.class)) {
            Thread.currentThread().interrupt();
            assertThrows(java.io.InterruptedIOException.class, listener::accept);
            assertTrue(Thread.interrupted(), "the thread is still interrupted");
            BlockingQueue<Object> accepted = new LinkedBlockingQueue<>();
            Thread accepting = new Thread(() -> acceptUntilClosed(listener, accepted), "accepting");
            accepting.start();
            try (Connection<String> client = Client.connect(listener.address(), KEY, String.class)) {
                assertInstanceOf(Connection.class, accepted.poll(GUARD_SECONDS, TimeUnit.SECONDS)).close();
            }
            listener.close();
            accepting.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
            assertFalse(accepting.isAlive());
        }
    }

    private static void acceptUntilClosed(Listener<String> listener, BlockingQueue<Object> accepted) {
        while (true) {
            try {
                accepted.add(listener.accept());
            } catch (AuthenticationException e) {
                accepted.add(e);
            } catch (IOException e) {
                accepted.add(e);
                return;
            }
        }
    }

    /** Whether the other side closed: end of file, or a reset since it left bytes of ours unread. */
    private static boolean closedByPeer(SocketChannel channel) {
        try {
            return channel.read(ByteBuffer.allocate(64)) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static ByteBuffer readFrame(SocketChannel channel) throws IOException {
        ByteBuffer header = readFully(channel, 4);
        return readFully(channel, header.getInt());
    }

    private static ByteBuffer readFully(SocketChannel channel, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new java.io.EOFException();
            }
        }
        return buffer.flip();
    }
}
