package dev.jmp.manager.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.WireFormatException;
import dev.jmp.wire.FrameHeader;
import dev.jmp.wire.WireProtocol;
import java.io.EOFException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a frame's announced length costs the reader: nothing over the limit, what arrives under it. */
class FramedChannelTest {

    private static final int LIMIT = 64 << 20;

    /** The bytes the current thread allocated so far (HotSpot counts them per thread). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private interface Peer {
        void talk(SocketChannel peer, FramedChannel reader) throws Exception;
    }

    private static void withPair(Peer test) throws Exception {
        Endpoint.Bound bound = Endpoint.tcp(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).bind();
        try (var listening = bound.server(); SocketChannel peer = bound.endpoint().connect();
                FramedChannel reader = new FramedChannel(listening.accept(), LIMIT)) {
            test.talk(peer, reader);
        }
    }

    private static void write(SocketChannel channel, ByteBuffer bytes) throws Exception {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Test
    void aFrameOverTheLimitIsRefusedFromItsHeaderWithoutWaitingForItsBody() throws Exception {
        withPair((peer, reader) -> {
            write(peer, ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE - 16).flip()); // and nothing more
            long before = allocated();
            WireFormatException e = assertThrows(WireFormatException.class, reader::receive);
            assertTrue(e.getMessage().startsWith("[jmp.manager.frame-too-large] a frame of 2147483631 bytes is over"
                    + " this manager's limit of 67108864 bytes"), e.getMessage());
            assertTrue(allocated() - before < (1 << 20), "allocated " + (allocated() - before) + " bytes");
        });
    }

    @Test
    void aLargeFrameCostsWhatArrivedNotWhatWasAnnounced() throws Exception {
        withPair((peer, reader) -> {
            write(peer, ByteBuffer.allocate(FrameHeader.LENGTH + 1024).putInt(LIMIT - 1).put((byte) WireProtocol.VERSION)
                    .put((byte) 0).putShort((short) Frames.REPLY).flip());
            peer.shutdownOutput(); // the peer dies 1 KiB into a frame of 64 MiB
            long before = allocated();
            assertThrows(EOFException.class, reader::receive);
            assertTrue(allocated() - before < (1 << 20), "allocated " + (allocated() - before) + " bytes");
        });
    }

    @Test
    void largeAndSmallFramesArriveWhole() throws Exception {
        byte[] large = new byte[3 << 20];
        new Random(7).nextBytes(large);
        withPair((peer, reader) -> {
            Thread writer = new Thread(() -> {
                try {
                    write(peer, ByteBuffer.wrap(FrameHeader.frame(Frames.REPLY, large)));
                    write(peer, ByteBuffer.wrap(FrameHeader.frame(Frames.REPLY, new byte[] {1, 2, 3})));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            assertArrayEquals(large, reader.receive());
            assertArrayEquals(new byte[] {1, 2, 3}, reader.receive());
            writer.join();
        });
    }
}
