package dev.jmp.bench;

import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.pool.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One repetition of {@code cpu_speedup_2_workers}, in a JVM of its own: {@code burn(N)} four
 * times in this fresh JVM, then the same four on a fresh {@code Pool(2)}, {@code chunksize=1},
 * once both workers have started (and run no {@code burn}). Prints sequential time over pool time.
 *
 * <p>Usage: {@code CpuSpeedupRun N spawn|warm}; under warm, the spares boot before the
 * sequential run, untimed, and the pool's workers take them.
 */
public final class CpuSpeedupRun {

    private static final int TASKS = 4;

    public static void main(String[] args) throws Exception {
        List<Integer> work = Collections.nCopies(TASKS, Integer.parseInt(args[0]));
        Multiprocessing.setStartMethod(StartMethod.parse(args[1]));
        if (!Multiprocessing.defaultContext().awaitSpares(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the spares did not boot within 60 s");
        }
        List<Long> expected = new ArrayList<>();
        long start = System.nanoTime();
        for (int n : work) {
            expected.add(Work.burn(n));
        }
        double sequential = System.nanoTime() - start;
        try (Pool pool = new Pool(2)) {
            PoolWorkers.await(pool, 2);
            start = System.nanoTime();
            List<Long> results = pool.map(WorkTasks::burn, work, 1);
            double parallel = System.nanoTime() - start;
            if (!results.equals(expected)) {
                throw new IllegalStateException("the pool's sums " + results + " differ from " + expected);
            }
            System.out.println(String.format(Locale.ROOT, "%.4f", sequential / parallel));
        }
    }

    private CpuSpeedupRun() {}
}
