package dev.jmp.manager.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.AuthenticationException;
import dev.jmp.wire.FrameHeader;
import dev.jmp.wire.Handshake;
import dev.jmp.wire.PeerRefusedException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    private static final byte[] KEY = "the right key".getBytes();

    /** Runs the server side on another thread against a client using {@code clientKey}. */
    private static boolean[] run(byte[] serverKey, byte[] clientKey, long[] serverIdSeen) throws Exception {
        Endpoint.Bound bound = Endpoint.tcp(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).bind();
        try (java.nio.channels.ServerSocketChannel listening = bound.server()) {
            CompletableFuture<Boolean> served = CompletableFuture.supplyAsync(() -> {
                try (FramedChannel server = new FramedChannel(bound.server().accept(), 1 << 16)) {
                    server.serve(serverKey, 42);
                    return true;
                } catch (PeerRefusedException e) {
                    return false;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            try (FramedChannel client = new FramedChannel(bound.endpoint().connect(), 1 << 16)) {
                serverIdSeen[0] = client.join(clientKey, "the test server", AuthenticationException::new);
                return new boolean[] {served.get(30, TimeUnit.SECONDS), true};
            } catch (AuthenticationException e) {
                return new boolean[] {served.get(30, TimeUnit.SECONDS), false};
            }
        }
    }

    @Test
    void theRightKeyIsWelcomedAndLearnsTheServerId() throws Exception {
        long[] seen = new long[1];
        boolean[] result = run(KEY, KEY, seen);
        assertTrue(result[0]);
        assertTrue(result[1]);
        assertEquals(42, seen[0]);
    }

    @Test
    void aWrongKeyIsRefusedOnBothSides() throws Exception {
        boolean[] result = run(KEY, "a wrong key".getBytes(), new long[1]);
        assertFalse(result[0], "the server refused");
        assertFalse(result[1], "the client was told");
    }

    @Test
    void theClientSaysWhatWasRefused() throws Exception {
        Endpoint.Bound bound = Endpoint.tcp(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).bind();
        try (java.nio.channels.ServerSocketChannel listening = bound.server()) {
            CompletableFuture.runAsync(() -> {
                try (FramedChannel server = new FramedChannel(bound.server().accept(), 1 << 16)) {
                    server.serve(KEY, 1);
                } catch (Exception e) {
                    // the test asserts on the client
                }
            });
            try (SocketChannel socket = bound.endpoint().connect()) {
                AuthenticationException e = assertThrows(AuthenticationException.class,
                        () -> new FramedChannel(socket, 1 << 16).join("wrong".getBytes(), "the manager at X", AuthenticationException::new));
                assertEquals("[jmp.manager.auth] the manager at X refused this process's authkey;"
                        + " connect with the key the manager was started with", e.getMessage());
            }
        }
    }

    @Test
    void aServerThatWelcomesAnyoneIsCaughtByTheClientsChallenge() throws Exception {
        Endpoint.Bound bound = Endpoint.tcp(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).bind();
        try (java.nio.channels.ServerSocketChannel listening = bound.server()) {
            CompletableFuture<String> verdict = CompletableFuture.supplyAsync(() -> {
                try (FramedChannel impostor = new FramedChannel(bound.server().accept(), 1 << 16)) {
                    impostor.send(frame("#CHALLENGE#{sha256}" + "n".repeat(40)));
                    impostor.receive(); // the client's answer, not checked: an impostor cannot
                    impostor.send(frame("#WELCOME#"));
                    impostor.receive(); // the client's challenge
                    impostor.send(frame("{sha256}" + "x".repeat(32)));
                    return new String(impostor.receive(), StandardCharsets.US_ASCII);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            try (FramedChannel client = new FramedChannel(bound.endpoint().connect(), 1 << 16)) {
                AuthenticationException e = assertThrows(AuthenticationException.class,
                        () -> client.join(KEY, "the manager at X", AuthenticationException::new));
                assertEquals("[jmp.manager.auth] the manager at X could not prove it knows the authkey;"
                        + " it is not the manager you meant to reach", e.getMessage());
            }
            assertEquals("#FAILURE#", verdict.get(30, TimeUnit.SECONDS));
        }
    }

    private static byte[] frame(String body) {
        return FrameHeader.frame(Handshake.FRAME_TYPE, body.getBytes(StandardCharsets.US_ASCII));
    }
}
