package dev.jmp.bench;

import dev.jmp.pool.AsyncResult;
import dev.jmp.pool.Pool;
import java.util.ArrayList;
import java.util.List;

/** {@code apply_async}: 5000 {@code apply_async(square, (i,))} on {@code Pool(2)}, then a {@code get} of each. */
final class ApplyAsync implements Workload {

    @Override
    public String name() {
        return "apply_async";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        try (Pool pool = new Pool(2)) {
            pool.apply(WorkTasks.square(1));
            int n = 5000;
            long t = System.nanoTime();
            List<AsyncResult<Integer>> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                results.add(pool.applyAsync(WorkTasks.square(i)));
            }
            for (AsyncResult<Integer> r : results) {
                r.get();
            }
            return n / ((System.nanoTime() - t) / 1e9);
        }
    }
}
