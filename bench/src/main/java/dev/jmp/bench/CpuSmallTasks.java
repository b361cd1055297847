package dev.jmp.bench;

import dev.jmp.pool.Pool;
import java.util.Collections;
import java.util.List;

/**
 * {@code cpu_small_tasks}: 40 tasks of {@code burn(3_000_000)} (about 1 ms each on a JVM, 100
 * on CPython), sequential time over {@code Pool(2)} time, {@code chunksize=1}, on a pool whose
 * workers have started and run the same map once, the parent having run {@code burn} twice:
 * the cost of a pool on small tasks, once everything is warm. Forty tasks keep the JVM's
 * sequential run near 40 ms while CPython's takes about 4 s.
 */
final class CpuSmallTasks implements Workload {

    static final int TASKS = 40;
    static final int N = 3_000_000;

    /** Keeps the sequential results alive, so that no call can be left out. */
    private static long sink;

    @Override
    public String name() {
        return "cpu_small_tasks";
    }

    @Override
    public String unit() {
        return "x";
    }

    @Override
    public double measure() throws Exception {
        List<Integer> work = Collections.nCopies(TASKS, N);
        try (Pool pool = new Pool(2)) {
            PoolWorkers.await(pool, 2);
            pool.map(WorkTasks::burn, work, 1);
            sink += Work.burn(N) + Work.burn(N);
            long start = System.nanoTime();
            for (int n : work) {
                sink += Work.burn(n);
            }
            double sequential = System.nanoTime() - start;
            start = System.nanoTime();
            pool.map(WorkTasks::burn, work, 1);
            return sequential / (System.nanoTime() - start);
        }
    }
}
