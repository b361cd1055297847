package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.manager.server.ManagerServer;
import dev.jmp.manager.server.ServerConfig;
import dev.jmp.manager.wire.ChannelTimeouts;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.Frames;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sockets that connect to a manager and never authenticate cost it no thread, and do not keep a
 * client with the key out. The server runs in this JVM, so that its threads can be counted.
 */
class HandshakeFloodTest {

    private static final byte[] KEY = "flood".getBytes(StandardCharsets.UTF_8);
    private static final int IDLE = 500;

    @TempDir
    Path directory;

    private static long connectionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("jmp-manager-connection")).count();
    }

    @Test
    void idleUnauthenticatedSocketsTakeNoThreadAndDoNotKeepAClientOut() throws Exception {
        Path ready = directory.resolve("ready");
        ManagerServer server = ManagerServer.start(new ServerConfig("flooded", Endpoint.tcp(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), ready.toString(), KEY, "", List.of(), java.util.Map.of(),
                Frames.DEFAULT_MAX_FRAME, null));
        Thread serving = new Thread(server::serveUntilShutdown, "flooded-manager");
        serving.start();
        List<SocketChannel> idle = new ArrayList<>();
        try {
            InetSocketAddress at = new Endpoint(Files.readAllLines(ready).get(0)).inet();
            long before = connectionThreads();
            for (int i = 0; i < IDLE; i++) {
                idle.add(SocketChannel.open(at));
            }
            for (SocketChannel socket : idle) {
                awaitChallenge(socket); // the server accepted it (and perhaps dropped it to make room since)
            }
            assertTrue(connectionThreads() - before < 5, (connectionThreads() - before) + " threads for "
                    + IDLE + " idle sockets");
            try (SyncManager client = Manager.connect(at, KEY)) {
                DictProxy<String, String> dict = client.dict();
                dict.put("while", "flooded");
                assertEquals("flooded", dict.get("while"));
            }
        } finally {
            for (SocketChannel socket : idle) {
                socket.close();
            }
            server.shutdown();
            serving.join(60_000);
        }
        assertTrue(!serving.isAlive(), "the server stopped");
    }

    /** Reads the first bytes the server sends a new connection: the header of its challenge. */
    private static void awaitChallenge(SocketChannel socket) throws IOException {
        Future<?> bound = ChannelTimeouts.closeAfter(Duration.ofSeconds(60), socket);
        try {
            ByteBuffer header = ByteBuffer.allocate(4);
            while (header.hasRemaining() && socket.read(header) >= 0) {
                // the challenge is a few dozen bytes: it comes in one piece
            }
            assertEquals(4, header.position(), "the server sent the challenge");
        } finally {
            bound.cancel(false);
        }
    }
}
