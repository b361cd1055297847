package dev.jmp.manager.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.AuthenticationException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
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
                try (FramedChannel server = new FramedChannel(bound.server().accept(), 1024)) {
                    return Handshake.serve(server, serverKey, 42);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            try (FramedChannel client = new FramedChannel(bound.endpoint().connect(), 1024)) {
                serverIdSeen[0] = Handshake.join(client, clientKey, "the test server");
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
                try (FramedChannel server = new FramedChannel(bound.server().accept(), 1024)) {
                    Handshake.serve(server, KEY, 1);
                } catch (Exception e) {
                    // the test asserts on the client
                }
            });
            try (SocketChannel socket = bound.endpoint().connect()) {
                AuthenticationException e = assertThrows(AuthenticationException.class,
                        () -> Handshake.join(new FramedChannel(socket, 1024), "wrong".getBytes(), "the manager at X"));
                assertEquals("[jmp.manager.auth] the manager at X refused this process's authkey;"
                        + " connect with the key the manager was started with", e.getMessage());
            }
        }
    }
}
