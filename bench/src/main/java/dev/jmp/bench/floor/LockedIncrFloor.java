package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The floor of {@code locked_incr}: two child JVMs each add 1 to an int in a mapped file of
 * {@code /dev/shm} 50k times under a lock that is one word of the same file, taken with a
 * compare-and-set and waited for with the runtime's back-off, released with a release store;
 * increments per second from the first start to the last exit. jmp's lock word also names its
 * owner (pid, start time, thread) so that a dead owner's lock can be taken over; this one is 0 or 1.
 */
final class LockedIncrFloor implements Floor {

    private static final int N = 50_000;
    private static final int LOCK = 0;
    private static final int VALUE = 64;

    @Override
    public String name() {
        return "locked_incr";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        try (SharedFile file = SharedFile.create("incr", 4096);
             FloorJvm a = FloorJvm.prepare(warm, 1, "incr", file.path(), Integer.toString(N));
             FloorJvm b = FloorJvm.prepare(warm, 1, "incr", file.path(), Integer.toString(N))) {
            long start = System.nanoTime();
            a.start();
            b.start();
            a.waitFor();
            b.waitFor();
            long nanos = System.nanoTime() - start;
            int value = (int) SharedFile.INT.getVolatile(file.buffer(), VALUE);
            if (value != 2 * N) {
                throw new IllegalStateException("lost increments: " + value + " of " + 2 * N);
            }
            return 2 * N / (nanos / 1e9);
        }
    }

    /** The child: {@code args[1]} locked increments of the int in file {@code args[0]}. */
    static void child(String[] args) throws IOException {
        ByteBuffer words = SharedFile.open(args[0]).buffer();
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            if (!SharedFile.INT.compareAndSet(words, LOCK, 0, 1)) {
                Backoff backoff = new Backoff();
                do {
                    backoff.pause();
                } while (!SharedFile.INT.compareAndSet(words, LOCK, 0, 1));
            }
            int v = (int) SharedFile.INT.get(words, VALUE);
            SharedFile.INT.set(words, VALUE, v + 1);
            SharedFile.INT.setRelease(words, LOCK, 0);
        }
    }
}
