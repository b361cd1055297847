package dev.jmp.bench;

import dev.jmp.pool.ProcessPoolExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/** {@code executor_submit}: 5000 {@code submit(square, i)} on a 2-worker executor, then each result. */
final class ExecutorSubmit implements Workload {

    @Override
    public String name() {
        return "executor_submit";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2)) {
            executor.submit(WorkTasks.square(1)).get();
            int n = 5000;
            long t = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                futures.add(executor.submit(WorkTasks.square(i)));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
            return n / ((System.nanoTime() - t) / 1e9);
        }
    }
}
