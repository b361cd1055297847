package dev.jmp.bench;

import dev.jmp.pool.Pool;
import java.util.Collections;
import java.util.List;

/** {@code pool_map_1k_payload}: {@code Pool(2).map(len, data)} over 20,000 strings of 1 KiB. */
final class PoolMapPayload implements Workload {

    @Override
    public String name() {
        return "pool_map_1k_payload";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        List<String> data = Collections.nCopies(20_000, "x".repeat(1024));
        try (Pool pool = new Pool(2)) {
            pool.map(WorkTasks::len, data.subList(0, 100));
            long t = System.nanoTime();
            pool.map(WorkTasks::len, data);
            return data.size() / ((System.nanoTime() - t) / 1e9);
        }
    }
}
