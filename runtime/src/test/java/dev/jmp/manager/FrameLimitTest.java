package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.AuthenticationException;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.ChannelTimeouts;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.FramedChannel;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.ManagerCalls;
import dev.jmp.testing.NoLeftovers;
import java.io.EOFException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A manager's frame limit: requests and replies over it fail clearly, and cost nothing. */
@ExtendWith(NoLeftovers.class)
class FrameLimitTest {

    private static final byte[] KEY = "frame limit".getBytes(StandardCharsets.UTF_8);
    private static final int LIMIT = 1 << 20;

    private static SyncManager start() {
        SyncManager manager = new SyncManager(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), KEY);
        manager.maxFrameBytes(LIMIT);
        return (SyncManager) manager.start();
    }

    @Test
    void aRequestOverTheLimitFailsBeforeItIsSentAndTheProxyGoesOn() {
        try (SyncManager manager = start()) {
            DictProxy<String, Object> dict = manager.dict();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> dict.put("big", new byte[LIMIT + 1]));
            assertTrue(e.getMessage().startsWith("[jmp.manager.frame-too-large] a request to"), e.getMessage());
            assertTrue(e.getMessage().contains("limit of 1048576 bytes"), e.getMessage());
            dict.put("small", new byte[LIMIT / 2]);
            assertEquals(1, dict.size());
        }
    }

    @Test
    void aReplyOverTheLimitFailsTheCallAndTheProxyGoesOn() {
        try (SyncManager manager = start()) {
            ListProxy<byte[]> list = manager.list();
            list.add(new byte[LIMIT * 2 / 3]);
            list.add(new byte[LIMIT * 2 / 3]);
            IllegalStateException e = assertThrows(IllegalStateException.class, list::copy);
            assertTrue(e.getMessage().startsWith("[jmp.manager.frame-too-large] the reply of"), e.getMessage());
            assertEquals(2, list.size());
        }
    }

    @Test
    void aClientAnnouncingAFrameOverTheLimitIsDisconnectedAtOnce() throws Exception {
        try (SyncManager manager = start()) {
            DictProxy<String, String> dict = manager.dict();
            try (FramedChannel raw = new FramedChannel(new Endpoint(manager.address()).connect(), LIMIT)) {
                raw.join(KEY, "the test's manager", AuthenticationException::new);
                WireOutput hello = Frames.request(0, ManagerCalls.HELLO);
                hello.writeLong(12345);
                hello.writeBoolean(false);
                raw.send(Frames.finish(hello));
                raw.receive();
                raw.send(ByteBuffer.allocate(4).putInt(LIMIT + 1).array()); // a header, and nothing more
                // Were the server waiting for the body, this read would end only when the timer closes it.
                Future<?> bound = ChannelTimeouts.closeAfter(Duration.ofSeconds(60), raw);
                assertThrows(EOFException.class, raw::receive, "the server closed the connection");
                bound.cancel(false);
            }
            dict.put("still", "served");
            assertEquals("served", dict.get("still"));
        }
    }

    @Test
    void aBadLimitIsRefusedWithItsCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SyncManager().maxFrameBytes(10));
        assertTrue(e.getMessage().startsWith("[jmp.manager.bad-frame-limit] maxFrameBytes is 10;"), e.getMessage());
    }
}
