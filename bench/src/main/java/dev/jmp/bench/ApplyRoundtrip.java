package dev.jmp.bench;

import dev.jmp.pool.Pool;

/** {@code apply_roundtrip}: mean microseconds of one synchronous {@code apply(square, (i,))}, over 1000. */
final class ApplyRoundtrip implements Workload {

    @Override
    public String name() {
        return "apply_roundtrip";
    }

    @Override
    public String unit() {
        return "us";
    }

    @Override
    public double measure() throws Exception {
        try (Pool pool = new Pool(2)) {
            pool.apply(WorkTasks.square(1));
            int n = 1000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pool.apply(WorkTasks.square(i));
            }
            return (System.nanoTime() - t) / 1e3 / n;
        }
    }
}
