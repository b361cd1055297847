package dev.jmp.bench.floor;

import dev.jmp.bench.BurnCalibration;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The floors of {@code cpu_speedup_2_workers} and {@code cpu_small_tasks}: {@code burn(N)} tasks
 * on two plain worker JVMs ({@link FloorWorkers}), one frame per task to the next free worker
 * ({@code chunksize=1}), against the same tasks one after another.
 * <ul>
 *   <li>{@code cpu_speedup_2_workers}: four tasks of about 100 ms of CPU (N calibrated here as
 *       the workload calibrates it), the sequential run in a fresh JVM of the floor's own (as
 *       cold as the workers, as the workload runs it in a fresh parent), the parallel run on two
 *       fresh workers once both have connected;</li>
 *   <li>{@code cpu_small_tasks}: 40 tasks of {@code burn(3_000_000)}, the workers having run the
 *       same map once and this JVM {@code burn} twice before its sequential run.</li>
 * </ul>
 * Sequential time over parallel time.
 */
final class CpuFloor implements Floor {

    private static final int WORKERS = 2;

    private final boolean small;
    private int n;

    private CpuFloor(boolean small) {
        this.small = small;
    }

    static CpuFloor speedup() {
        return new CpuFloor(false);
    }

    static CpuFloor smallTasks() {
        return new CpuFloor(true);
    }

    /** Keeps the sequential results alive, so that no call can be left out. */
    private static long sink;

    @Override
    public String name() {
        return small ? "cpu_small_tasks" : "cpu_speedup_2_workers";
    }

    @Override
    public String unit() {
        return "x";
    }

    @Override
    public String fixedMethod() {
        return "any";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        if (small) {
            List<ByteBuffer> tasks = tasks(40, 3_000_000);
            try (FloorWorkers workers = FloorWorkers.start(WORKERS)) {
                run(workers, tasks);
                sink += FloorWorker.burn(3_000_000) + FloorWorker.burn(3_000_000);
                long start = System.nanoTime();
                for (int i = 0; i < 40; i++) {
                    sink += FloorWorker.burn(3_000_000);
                }
                double sequential = System.nanoTime() - start;
                start = System.nanoTime();
                run(workers, tasks);
                return sequential / (System.nanoTime() - start);
            }
        }
        if (n == 0) {
            n = BurnCalibration.argumentFor(100);
        }
        double sequential;
        try (FloorJvm fresh = FloorJvm.prepare(false, 1, "burn", Integer.toString(n), "4")) {
            fresh.start();
            sequential = Double.parseDouble(fresh.waitFor().split("\\s+")[0]);
        }
        try (FloorWorkers workers = FloorWorkers.start(WORKERS)) {
            long start = System.nanoTime();
            run(workers, tasks(4, n));
            return sequential / (System.nanoTime() - start);
        }
    }

    private static List<ByteBuffer> tasks(int count, int n) {
        List<ByteBuffer> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(FloorWorkers.frame(FloorWorker.BURN, 1, 4).putInt(n).flip());
        }
        return tasks;
    }

    private static void run(FloorWorkers workers, List<ByteBuffer> tasks) throws Exception {
        int[] answerBytes = new int[tasks.size()];
        Arrays.fill(answerBytes, 8);
        long first = -1;
        for (ByteBuffer answer : workers.run(tasks, answerBytes)) {
            long sum = answer.getLong();
            if (first != -1 && sum != first) {
                throw new IllegalStateException("the workers' sums differ");
            }
            first = sum;
        }
    }

    /** The sequential run: {@code args[1]} calls of {@code burn(args[0])}; prints their nanoseconds. */
    static void child(String[] args) {
        int n = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += FloorWorker.burn(n);
        }
        System.out.println(String.format(Locale.ROOT, "%d %d", System.nanoTime() - start, sum));
    }
}
