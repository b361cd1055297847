package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.AuthenticationException;
import dev.jmp.internal.WireInput;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.FramedChannel;
import dev.jmp.manager.wire.Frames;
import dev.jmp.wire.FrameHeader;
import dev.jmp.wire.RemoteFailure;
import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.NoLeftovers;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A manager listening on TCP (loopback here), reached from other JVMs with its authkey. */
@ExtendWith(NoLeftovers.class)
class RemoteManagerTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final String KEY = "s3cret key";

    private static SyncManager startRemote() {
        return new SyncManager(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                KEY.getBytes(StandardCharsets.UTF_8)).start();
    }

    private static InetSocketAddress inet(SyncManager manager) {
        return new Endpoint(manager.address()).inet();
    }

    @Test
    void aClientInAnotherJvmWithTheKeyUsesThePublishedObject() throws Exception {
        try (SyncManager manager = startRemote()) {
            assertTrue(manager.address().matches("tcp:(localhost|127.0.0.1):[0-9]+"), manager.address());
            DictProxy<String, String> shared = manager.dict();
            manager.publish("shared", shared);
            InetSocketAddress at = inet(manager);
            try (JavaProgram client = JavaProgram.start(List.of(), RemoteClient.class, at.getHostString(),
                    Integer.toString(at.getPort()), KEY, "put")) {
                assertEquals(0, client.awaitExit(LIMIT), client.err());
                assertTrue(client.out().contains("done"), client.out());
            }
            assertEquals("another JVM", shared.get("from"));
        }
    }

    @Test
    void aWrongKeyIsRefusedWithAClearError() throws Exception {
        try (SyncManager manager = startRemote()) {
            InetSocketAddress at = inet(manager);
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> Manager.connect(at, "wrong".getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().startsWith("[jmp.manager.auth] "), e.getMessage());
            assertTrue(e.getMessage().contains("refused this process's authkey"), e.getMessage());
            try (JavaProgram client = JavaProgram.start(List.of(), RemoteClient.class, at.getHostString(),
                    Integer.toString(at.getPort()), "also wrong", "put")) {
                assertEquals(3, client.awaitExit(LIMIT), client.err());
                assertTrue(client.out().contains("[jmp.manager.auth]"), client.out());
            }
            assertThrows(java.util.NoSuchElementException.class, () -> manager.lookup("nothing"));
        }
    }

    @Test
    void garbageClosesOnlyItsOwnConnection() throws Exception {
        try (SyncManager manager = startRemote()) {
            DictProxy<String, String> shared = manager.dict();
            InetSocketAddress at = inet(manager);
            try (Socket silent = new Socket(at.getAddress(), at.getPort());
                    Socket noise = new Socket(at.getAddress(), at.getPort())) {
                byte[] garbage = new byte[4096];
                new Random(1).nextBytes(garbage);
                noise.getOutputStream().write(garbage);
                assertEquals(FrameHeader.LENGTH + "#CHALLENGE#{sha256}jmp-wire/1;".length() + 40, drain(noise.getInputStream()),
                        "the challenge, then the server hangs up");
                shared.put("still", "works"); // while a silent peer holds a connection open
            }
            try (FramedChannel authenticated = new FramedChannel(new Endpoint(manager.address()).connect(), 1 << 20)) {
                authenticated.join(KEY.getBytes(StandardCharsets.UTF_8), "test", AuthenticationException::new);
                authenticated.send(Frames.finish(Frames.request(0, 999)));
                WireInput reply = new WireInput(authenticated.receive());
                assertEquals(Frames.FAILED, reply.readByte());
                assertTrue(RemoteFailure.readFrom(reply).message().contains("unknown operation 999"));
                authenticated.send(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3});
                assertThrows(EOFException.class, authenticated::receive);
            }
            assertEquals("works", shared.get("still"));
        }
    }

    private static int drain(InputStream in) throws IOException {
        int total = 0;
        byte[] buffer = new byte[256];
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }
}
