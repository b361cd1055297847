package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/**
 * {@code manager_dict_set}: a child sets 10k entries {@code d[i] = i} of a manager's dict; the
 * figure is entries per second from the child's start to its join, as CPython's twin measures.
 */
final class ManagerDictSet implements Workload {

    private static final int N = 10_000;

    @Override
    public String name() {
        return "manager_dict_set";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<Integer, Integer> dict = manager.dict();
            Process p = new Process(WorkTasks.dictWriter(dict, N));
            long start = System.nanoTime();
            p.start();
            p.join();
            double rate = N / ((System.nanoTime() - start) / 1e9);
            if (p.exitCode().orElse(-1) != 0 || dict.size() != N) {
                throw new IllegalStateException("the dict writer failed: " + p + ", " + dict.size() + " entries");
            }
            return rate;
        }
    }
}
