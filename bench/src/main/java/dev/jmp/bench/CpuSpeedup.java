package dev.jmp.bench;

import dev.jmp.pool.Pool;
import java.util.Collections;
import java.util.List;

/**
 * {@code cpu_speedup_2_workers}: four {@code burn(3_000_000)} one after another in this process,
 * over the same four on {@code Pool(2)} with {@code chunksize=1}. As in Python, the pool's warm-up
 * is {@code burn(10)} twice, which leaves the workers' {@code burn} to be compiled while measured.
 */
final class CpuSpeedup implements Workload {

    @Override
    public String name() {
        return "cpu_speedup_2_workers";
    }

    @Override
    public String unit() {
        return "x";
    }

    @Override
    public double measure() throws Exception {
        List<Integer> work = Collections.nCopies(4, 3_000_000);
        long t = System.nanoTime();
        for (int n : work) {
            Work.burn(n);
        }
        double sequential = System.nanoTime() - t;
        try (Pool pool = new Pool(2)) {
            pool.map(WorkTasks::burn, List.of(10, 10));
            t = System.nanoTime();
            pool.map(WorkTasks::burn, work, 1);
            return sequential / (System.nanoTime() - t);
        }
    }
}
