package dev.jmp.bench;

import dev.jmp.pool.Pool;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** {@code pool_map_small}: {@code Pool(2).map(square, range(200_000))}, after a warm-up map of 1000. */
final class PoolMapSmall implements Workload {

    @Override
    public String name() {
        return "pool_map_small";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        try (Pool pool = new Pool(2)) {
            pool.map(WorkTasks::square, range(1000));
            int n = 200_000;
            long t = System.nanoTime();
            pool.map(WorkTasks::square, range(n));
            return n / ((System.nanoTime() - t) / 1e9);
        }
    }

    /** Python's {@code range(n)}, built inside the timed part as Python's map lists it there. */
    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }
}
