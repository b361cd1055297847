package dev.jmp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames read back whole however the bytes arrive. */
class FrameReaderTest {

    /** A channel that hands out its bytes in pieces of the given sizes, then in pieces of the last size. */
    private static ReadableByteChannel inPieces(byte[] bytes, int... pieces) {
        return new ReadableByteChannel() {
            private int at;
            private int piece;

            @Override
            public int read(ByteBuffer dst) {
                if (at == bytes.length) {
                    return -1;
                }
                int size = pieces[Math.min(piece++, pieces.length - 1)];
                int n = Math.min(Math.min(size, dst.remaining()), bytes.length - at);
                dst.put(bytes, at, n);
                at += n;
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {}
        };
    }

    private static byte[] body(int length, int seed) {
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++) {
            body[i] = (byte) (seed + i);
        }
        return body;
    }

    @Test
    void aHeaderSplitAcrossReadsBehindAnEarlierFrameIsReadWhereItIsAfterTheBufferMoves() throws Exception {
        byte[] first = body(20, 1);
        byte[] small = body(30, 2);
        byte[] large = body(500, 3);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(FrameHeader.frame(7, first));
        stream.writeBytes(FrameHeader.frame(7, small));
        stream.writeBytes(FrameHeader.frame(7, first));
        stream.writeBytes(FrameHeader.frame(7, large));
        byte[] bytes = stream.toByteArray();
        int firstFrame = FrameHeader.LENGTH + first.length;
        // Each second frame's header arrives in two parts, the first behind the frame before it.
        FrameReader reader = new FrameReader(inPieces(bytes, firstFrame + 6, 10, 2 * FrameHeader.LENGTH + 24, 7),
                FrameFormat.JMP).buffer(64);
        assertArrayEquals(first, reader.read(1 << 20));
        assertArrayEquals(small, reader.read(1 << 20));
        assertArrayEquals(first, reader.read(1 << 20));
        assertArrayEquals(large, reader.read(1 << 20), Arrays.toString(large));
    }
}
