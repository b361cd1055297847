package dev.jmp.bench;

import dev.jmp.Multiprocessing;
import dev.jmp.pool.Pool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/**
 * {@code worker_private_mb}: the private memory (USS: the pages no other process maps) of an
 * idle worker of a {@code Pool(4)}, the mean of its four workers half a second after each has
 * run a task. USS rather than RSS, since what several workers share (the JVM's code, the class
 * data archive) costs the machine once; judged against CPython's spawn, whose workers share no
 * copy-on-write pages with their parent either. The workers are new ones, as CPython's are: workers
 * an earlier workload left for reuse are ended first, since a worker that has run other tasks
 * holds more (compiled code, a grown heap) than an idle one.
 */
final class WorkerPrivateMb implements Workload {

    private static final int WORKERS = 4;

    @Override
    public String name() {
        return "worker_private_mb";
    }

    @Override
    public String unit() {
        return "MB";
    }

    @Override
    public double measure() throws Exception {
        if (!Multiprocessing.releaseWorkers(Duration.ofSeconds(10))) {
            throw new IllegalStateException("workers kept for reuse did not end within 10 s");
        }
        try (Pool pool = new Pool(WORKERS)) {
            List<Long> pids = PoolWorkers.await(pool, WORKERS);
            Thread.sleep(500);
            double total = 0;
            for (long pid : pids) {
                total += ussMb(pid);
            }
            return total / WORKERS;
        }
    }

    /** Python's {@code uss_mb}: Private_Clean + Private_Dirty + Private_Hugetlb of {@code /proc/<pid>/smaps_rollup}. */
    static double ussMb(long pid) throws IOException {
        long kilobytes = 0;
        for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/smaps_rollup"))) {
            if (line.startsWith("Private_")) {
                kilobytes += Long.parseLong(line.split("\\s+")[1]);
            }
        }
        return kilobytes / 1024.0;
    }
}
