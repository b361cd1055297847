package dev.jmp.pool;

import dev.jmp.testing.BurnEntry;
import dev.jmp.testing.PoolTasks;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The pool workloads of {@code bench/} (twins of {@code py_baseline.py}), run with the test
 * entries so they need no annotation processor. Not a test: run it by hand,
 * {@code java -cp runtime/target/classes:runtime/target/test-classes dev.jmp.pool.PoolHarness [reps] [name...]},
 * and it prints {@code name<TAB>median<TAB>unit<TAB>every rep}; {@code PoolHarness warm [rounds]}
 * measures a pool whose workers have warmed up instead, {@code PoolHarness cycle [n]} n pools made,
 * given one small map and closed in a row.
 */
public final class PoolHarness {

    record Workload(String name, String unit, Measure measure) {}

    interface Measure {
        double run() throws Exception;
    }

    static List<Workload> workloads() {
        return List.of(
                new Workload("pool_map_small", "per_s", PoolHarness::mapSmall),
                new Workload("pool_map_1k_payload", "per_s", PoolHarness::mapPayload),
                new Workload("apply_async", "per_s", PoolHarness::applyAsync),
                new Workload("apply_roundtrip", "us", PoolHarness::applyRoundtrip),
                new Workload("executor_submit", "per_s", PoolHarness::executorSubmit),
                new Workload("cpu_speedup_2_workers", "x", PoolHarness::cpuSpeedup),
                new Workload("idle_worker_rss", "MB", PoolHarness::idleWorkerRss));
    }

    static double mapSmall() throws Exception {
        try (Pool pool = new Pool(2)) {
            pool.map(PoolTasks::square, range(1000));
            int n = 200_000;
            long t = System.nanoTime();
            pool.map(PoolTasks::square, range(n));
            return n / seconds(t);
        }
    }

    static double mapPayload() throws Exception {
        List<String> data = Collections.nCopies(20_000, "x".repeat(1024));
        try (Pool pool = new Pool(2)) {
            pool.map(PoolTasks::len, data.subList(0, 100));
            long t = System.nanoTime();
            pool.map(PoolTasks::len, data);
            return data.size() / seconds(t);
        }
    }

    static double applyAsync() throws Exception {
        try (Pool pool = new Pool(2)) {
            pool.apply(PoolTasks.square(1));
            int n = 5000;
            long t = System.nanoTime();
            List<AsyncResult<Integer>> rs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rs.add(pool.applyAsync(PoolTasks.square(i)));
            }
            for (AsyncResult<Integer> r : rs) {
                r.get();
            }
            return n / seconds(t);
        }
    }

    static double applyRoundtrip() throws Exception {
        try (Pool pool = new Pool(2)) {
            pool.apply(PoolTasks.square(1));
            int n = 1000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pool.apply(PoolTasks.square(i));
            }
            return seconds(t) / n * 1e6;
        }
    }

    static double executorSubmit() throws Exception {
        try (ProcessPoolExecutor ex = new ProcessPoolExecutor(2)) {
            ex.submit(PoolTasks.square(1)).get();
            int n = 5000;
            long t = System.nanoTime();
            List<CompletableFuture<Integer>> fs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                fs.add(ex.submit(PoolTasks.square(i)));
            }
            for (CompletableFuture<Integer> f : fs) {
                f.get();
            }
            return n / seconds(t);
        }
    }

    static double cpuSpeedup() throws Exception {
        List<Long> w = Collections.nCopies(4, 3_000_000L);
        long t = System.nanoTime();
        for (long x : w) {
            BurnEntry.burn(x);
        }
        double seq = seconds(t);
        try (Pool pool = new Pool(2)) {
            pool.map(PoolTasks::burn, List.of(10L, 10L));
            t = System.nanoTime();
            pool.map(PoolTasks::burn, w, 1);
            return seq / seconds(t);
        }
    }

    static double idleWorkerRss() throws Exception {
        try (Pool pool = new Pool(1)) {
            long pid = Long.parseLong(pool.apply(PoolTasks.steps("pid")));
            Thread.sleep(500);
            for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.split("\\s+")[1]) / 1024.0;
                }
            }
            return Double.NaN;
        }
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Not a twin: the same map and round trip on one pool whose workers have warmed up over
     * earlier rounds, which shows the pool's own cost apart from a fresh JVM's compilation.
     */
    static void warm(int rounds) throws Exception {
        try (Pool pool = new Pool(2)) {
            List<Integer> in = range(200_000);
            double[] map = new double[rounds];
            double[] trip = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                pool.map(PoolTasks::square, in);
                map[r] = in.size() / seconds(t);
                t = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    pool.apply(PoolTasks.square(i));
                }
                trip[r] = seconds(t) / 1000 * 1e6;
            }
            System.out.println("warm pool_map_small, last round\t" + String.format(Locale.ROOT, "%.2f", map[rounds - 1])
                    + "\tper_s\t" + Arrays.toString(map));
            System.out.println("warm apply_roundtrip, last round\t" + String.format(Locale.ROOT, "%.2f", trip[rounds - 1])
                    + "\tus\t" + Arrays.toString(trip));
        }
    }

    /**
     * {@code cycles} times a {@code Pool(2)} made, given one map of 100 squares, and closed, as a
     * program that makes a pool per request does; prints the median and the mean of the second
     * half of the cycles, in ms, and whether workers were reused ({@code -Djmp.workerReuse}).
     */
    static void cycle(int cycles) throws Exception {
        double[] ms = new double[cycles];
        for (int i = 0; i < cycles; i++) {
            long t = System.nanoTime();
            try (Pool pool = new Pool(2)) {
                pool.map(PoolTasks::square, range(100));
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double lateMean = Arrays.stream(ms, cycles / 2, cycles).average().orElse(0);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "pool_cycle\t%.2f\tms median\t%.2f\tms mean of the last %d"
                + "\treuse %s", sorted[cycles / 2], lateMean, cycles - cycles / 2,
                dev.jmp.Multiprocessing.defaultContext().workerReuse()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("cycle")) {
            cycle(args.length > 1 ? Integer.parseInt(args[1]) : 50);
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("warm")) {
            warm(args.length > 1 ? Integer.parseInt(args[1]) : 20);
            System.exit(0);
        }
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> only = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        for (Workload w : workloads()) {
            if (!only.isEmpty() && !only.contains(w.name())) {
                continue;
            }
            double[] values = new double[reps];
            for (int i = 0; i < reps; i++) {
                values[i] = w.measure().run();
            }
            Arrays.sort(values);
            double median = reps % 2 == 1 ? values[reps / 2] : (values[reps / 2 - 1] + values[reps / 2]) / 2;
            System.out.println(w.name() + "\t" + String.format(Locale.ROOT, "%.2f", median) + "\t" + w.unit()
                    + "\t" + Arrays.toString(values));
        }
        System.exit(0);
    }

    private PoolHarness() {}
}
