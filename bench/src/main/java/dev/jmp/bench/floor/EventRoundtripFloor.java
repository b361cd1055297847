package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The floor of {@code event_roundtrip}: two flags in a mapped file of {@code /dev/shm}, the
 * parent sets the first and waits for the second, a child JVM waits for the first, clears it and
 * sets the second, 5k times, waiting with the runtime's back-off; microseconds per round trip,
 * timed from just after the child's start as the workload is, so the child's boot (or, warm, its
 * wake-up) is in the figure.
 */
final class EventRoundtripFloor implements Floor {

    private static final int N = 5_000;
    private static final int PING = 0;
    private static final int PONG = 64;

    @Override
    public String name() {
        return "event_roundtrip";
    }

    @Override
    public String unit() {
        return "us";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        try (SharedFile file = SharedFile.create("event", 4096);
             FloorJvm child = FloorJvm.prepare(warm, 1, "pong", file.path(), Integer.toString(N))) {
            ByteBuffer words = file.buffer();
            child.start();
            long start = System.nanoTime();
            for (int i = 0; i < N; i++) {
                SharedFile.INT.setRelease(words, PING, 1);
                SharedFile.awaitInt(words, PONG, 1);
                SharedFile.INT.setRelease(words, PONG, 0);
            }
            long nanos = System.nanoTime() - start;
            child.waitFor();
            return nanos / 1e3 / N;
        }
    }

    /** The child: {@code args[1]} times, waits for the ping of file {@code args[0]}, clears it, sets the pong. */
    static void child(String[] args) throws IOException {
        ByteBuffer words = SharedFile.open(args[0]).buffer();
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            SharedFile.awaitInt(words, PING, 1);
            SharedFile.INT.setRelease(words, PING, 0);
            SharedFile.INT.setRelease(words, PONG, 1);
        }
    }
}
