package dev.jmp.bench;

import dev.jmp.pool.Pool;

/**
 * {@code idle_worker_rss}: resident megabytes of an idle child half a second after it started.
 * Python's child waits on an Event; jmp's is a pool worker waiting for tasks, its pid the one
 * child of this process.
 */
final class IdleWorkerRss implements Workload {

    @Override
    public String name() {
        return "idle_worker_rss";
    }

    @Override
    public String unit() {
        return "MB";
    }

    @Override
    public double measure() throws Exception {
        try (Pool pool = new Pool(1)) {
            pool.apply(WorkTasks.noop());
            long pid = ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                    .mapToLong(ProcessHandle::pid).max().orElseThrow();
            Thread.sleep(500);
            return Work.rssMb(pid);
        }
    }
}
