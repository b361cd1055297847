package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The floor of {@code pipe_roundtrip}: an int sent to a child JVM and back through a mapped file
 * of {@code /dev/shm}, one slot per direction (a value and a sequence number published with a
 * release store, awaited with the runtime's back-off), where jmp's pipe has a ring of records per
 * direction; microseconds per round trip over 20k, the first (which waits for the child to
 * start) not counted.
 */
final class PipeRoundtripFloor implements Floor {

    private static final int N = 20_000;
    private static final int SENT_SEQ = 0;
    private static final int SENT = 8;
    private static final int ECHOED_SEQ = 64;
    private static final int ECHOED = 72;

    @Override
    public String name() {
        return "pipe_roundtrip";
    }

    @Override
    public String unit() {
        return "us";
    }

    @Override
    public String fixedMethod() {
        return "any";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        try (SharedFile file = SharedFile.create("pipe", 4096);
             FloorJvm child = FloorJvm.prepare(false, 1, "echo", file.path(), Integer.toString(N))) {
            ByteBuffer words = file.buffer();
            child.start();
            roundTrip(words, 1, 0);
            long start = System.nanoTime();
            for (int seq = 2; seq <= N; seq++) {
                roundTrip(words, seq, seq);
            }
            double micros = (System.nanoTime() - start) / 1e3 / (N - 1);
            child.waitFor();
            return micros;
        }
    }

    private static void roundTrip(ByteBuffer words, int seq, int value) {
        SharedFile.INT.set(words, SENT, value);
        SharedFile.INT.setRelease(words, SENT_SEQ, seq);
        SharedFile.awaitInt(words, ECHOED_SEQ, seq);
        if ((int) SharedFile.INT.get(words, ECHOED) != value) {
            throw new IllegalStateException("the child echoed another value");
        }
    }

    /** The child: echoes {@code args[1]} values through file {@code args[0]}. */
    static void child(String[] args) throws IOException {
        ByteBuffer words = SharedFile.open(args[0]).buffer();
        int n = Integer.parseInt(args[1]);
        for (int seq = 1; seq <= n; seq++) {
            SharedFile.awaitInt(words, SENT_SEQ, seq);
            SharedFile.INT.set(words, ECHOED, (int) SharedFile.INT.get(words, SENT));
            SharedFile.INT.setRelease(words, ECHOED_SEQ, seq);
        }
    }
}
