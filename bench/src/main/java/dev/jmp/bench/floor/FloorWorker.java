package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The child side of the pool floors: a worker JVM connected to its parent over a Unix domain
 * socket, as a jmp pool worker is over its control channel. A frame is {@code bytes, count, kind}
 * (three ints) and {@code bytes} of {@code count} arguments; the worker answers with the
 * {@code count} results and nothing else. It reads what has arrived, runs every whole frame in it
 * and writes all their results at once, so that frames that queue up are answered together.
 */
final class FloorWorker {

    /** An int argument, its square (an int) back. */
    static final int SQUARE = 0;
    /**
     * The length of strings: a table (an int count, then each string's UTF-8 bytes after their int
     * length) and an int per argument, its string's place in the table; the string's length (an
     * int) back per argument. A string that appears many times in a chunk crosses once, as in
     * jmp's chunk memo (and pickle's).
     */
    static final int LEN = 1;
    /** An int argument {@code n}, {@link #burn} of it (a long) back. */
    static final int BURN = 2;

    static final int HEADER = 12;

    private FloorWorker() {}

    /** Python's {@code burn}: the sum of {@code i * i} for {@code i < n}, as {@code Work.burn}. */
    static long burn(int n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i;
        }
        return s;
    }

    /** The worker: serves the socket {@code args[0]} until the parent closes it. */
    static void child(String[] args) throws IOException {
        try (SocketChannel channel = UnixSockets.connect(args[0])) {
            ByteBuffer in = ByteBuffer.allocateDirect(1 << 20);
            ByteBuffer out = ByteBuffer.allocateDirect(1 << 16);
            while (channel.read(in) >= 0) {
                in.flip();
                while (in.remaining() >= HEADER && in.remaining() >= HEADER + in.getInt(in.position())) {
                    in.getInt();
                    int count = in.getInt();
                    int kind = in.getInt();
                    if (out.remaining() < 8 * count) {
                        out.flip();
                        out = copy(out, out.remaining() + 8 * count);
                    }
                    run(kind, count, in, out);
                }
                if (in.remaining() >= HEADER && HEADER + in.getInt(in.position()) > in.capacity()) {
                    in = copy(in, HEADER + in.getInt(in.position()));
                } else if (in.position() == 0) {
                    in.position(in.limit()).limit(in.capacity()); // a frame still arriving: no need to move it
                } else {
                    in.compact();
                }
                if (out.position() > 0) {
                    out.flip();
                    UnixSockets.writeFully(channel, out);
                    out.clear();
                }
            }
        }
    }

    private static void run(int kind, int count, ByteBuffer in, ByteBuffer out) {
        switch (kind) {
            case SQUARE -> {
                for (int i = 0; i < count; i++) {
                    int x = in.getInt();
                    out.putInt(x * x);
                }
            }
            case LEN -> {
                String[] table = new String[in.getInt()];
                for (int t = 0; t < table.length; t++) {
                    byte[] utf8 = new byte[in.getInt()];
                    in.get(utf8);
                    table[t] = new String(utf8, StandardCharsets.UTF_8);
                }
                for (int i = 0; i < count; i++) {
                    out.putInt(table[in.getInt()].length());
                }
            }
            case BURN -> {
                for (int i = 0; i < count; i++) {
                    out.putLong(burn(in.getInt()));
                }
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    /** A buffer of at least {@code capacity} bytes holding what {@code buffer} has left, ready to take more. */
    private static ByteBuffer copy(ByteBuffer buffer, int capacity) {
        ByteBuffer larger = ByteBuffer.allocateDirect(Math.max(2 * buffer.capacity(), capacity));
        larger.put(buffer);
        return larger;
    }
}
