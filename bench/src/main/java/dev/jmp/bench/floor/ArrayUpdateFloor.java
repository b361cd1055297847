package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.DoubleBuffer;

/**
 * The floor of {@code array_update_1m}: a child JVM maps a file of 1M doubles in
 * {@code /dev/shm} (created sparse by the parent, untimed, as jmp's raw array is) and adds 1.0 to
 * each with plain reads and writes of the mapping; elements per second from its start to its
 * exit. jmp's array makes every access volatile; the floor does not, so the difference includes
 * that choice.
 */
final class ArrayUpdateFloor implements Floor {

    private static final int N = 1_000_000;

    @Override
    public String name() {
        return "array_update_1m";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        try (SharedFile file = SharedFile.create("array", 8L * N);
             FloorJvm child = FloorJvm.prepare(warm, 1, "array", file.path())) {
            long start = System.nanoTime();
            child.start();
            child.waitFor();
            long nanos = System.nanoTime() - start;
            if (file.buffer().getDouble(8 * (N - 1)) != 1.0) {
                throw new IllegalStateException("the child's writes are missing");
            }
            return N / (nanos / 1e9);
        }
    }

    /** The child: {@code arr[i] += 1.0} over the mapped file {@code args[0]}. */
    static void child(String[] args) throws IOException {
        DoubleBuffer arr = SharedFile.open(args[0]).buffer().asDoubleBuffer();
        for (int i = 0; i < arr.limit(); i++) {
            arr.put(i, arr.get(i) + 1.0);
        }
    }
}
