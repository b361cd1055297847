package dev.jmp.bench;

import dev.jmp.pool.Pool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Python's {@code await_workers}: waits until every worker of a pool has started, so that a
 * measurement that follows times the work, not the pool's start. A map of one 50 ms sleep per
 * worker, {@code chunksize=1}, goes one task per worker once all of them are idle, and to fewer
 * workers while some are still starting; it is repeated until the pids it returns are all distinct.
 */
final class PoolWorkers {

    private static final int SLEEP_MILLIS = 50;
    private static final long LIMIT_NANOS = 120_000_000_000L;

    private PoolWorkers() {}

    /** The pids of the pool's {@code workers} workers, once each has run a task. */
    static List<Long> await(Pool pool, int workers) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT_NANOS;
        while (true) {
            TreeSet<Long> pids = new TreeSet<>(pool.map(WorkTasks::workerPid, Collections.nCopies(workers, SLEEP_MILLIS), 1));
            if (pids.size() == workers) {
                return new ArrayList<>(pids);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("only " + pids.size() + " of the pool's " + workers
                        + " workers ran a task within 120 s");
            }
        }
    }
}
