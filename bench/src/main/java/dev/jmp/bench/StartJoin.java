package dev.jmp.bench;

import dev.jmp.Process;

/** {@code start_join}: mean milliseconds to start and join a process running a no-op, over 20. */
final class StartJoin implements Workload {

    private static final int N = 20;

    @Override
    public String name() {
        return "start_join";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < N; i++) {
            Process p = new Process(WorkTasks.noop());
            p.start();
            p.join();
            if (p.exitCode().orElse(-1) != 0) {
                throw new IllegalStateException("no-op child failed: " + p);
            }
        }
        return (System.nanoTime() - start) / 1e6 / N;
    }
}
