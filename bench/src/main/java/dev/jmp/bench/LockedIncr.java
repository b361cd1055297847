package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.shm.IntValue;

/**
 * {@code locked_incr}: two processes each add 1 to a shared int 50k times under its lock;
 * increments per second from the first start to the last join.
 */
final class LockedIncr implements Workload {

    private static final int N = 50_000;

    @Override
    public String name() {
        return "locked_incr";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        try (IntValue v = IntValue.create(0)) {
            Process[] ps = {new Process(WorkTasks.incr(v, N)), new Process(WorkTasks.incr(v, N))};
            long start = System.nanoTime();
            for (Process p : ps) {
                p.start();
            }
            for (Process p : ps) {
                p.join();
            }
            long nanos = System.nanoTime() - start;
            if (v.get() != 2 * N) {
                throw new IllegalStateException("lost increments: " + v.get() + " of " + 2 * N);
            }
            return 2 * N / (nanos / 1e9);
        }
    }
}
