package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.shm.DoubleArray;

/**
 * {@code array_update_1m}: a child adds 1.0 to each of 1M shared doubles (no lock); elements per
 * second from start to join.
 */
final class ArrayUpdate implements Workload {

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
    public double measure() throws Exception {
        try (DoubleArray arr = DoubleArray.createRaw(N)) {
            Process p = new Process(WorkTasks.arrayTouch(arr));
            long start = System.nanoTime();
            p.start();
            p.join();
            long nanos = System.nanoTime() - start;
            if (arr.get(N - 1) != 1.0) {
                throw new IllegalStateException("the child's writes are missing");
            }
            return N / (nanos / 1e9);
        }
    }
}
