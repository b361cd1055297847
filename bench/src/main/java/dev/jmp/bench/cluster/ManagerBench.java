package dev.jmp.bench.cluster;

import dev.jmp.manager.DictProxy;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SyncManager;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * {@code cluster_queue_small}, {@code cluster_dict_set} and the round trip they are bound by,
 * {@code cluster_manager_roundtrip}, for one manager: a local one (the local twins) or a
 * cluster's. Each call of a proxy is one round trip to where the object lives (the manager's
 * server JVM, or the member that owns the object's partition), so the figures are that round trip
 * turned into a rate. Lines as {@link ClusterBench} prints them, per operation.
 */
final class ManagerBench {

    private static final int ROUNDTRIPS = 2000;

    private ManagerBench() {}

    static void run(String mode, SyncManager manager, int ops, int reps) throws Exception {
        double[][] queue = new double[reps][];
        double[][] dict = new double[reps][];
        double[][] roundtrip = new double[reps][];
        for (int r = 0; r < reps; r++) {
            queue[r] = queueSmall(manager, ops);
            dict[r] = dictSet(manager, ops);
            roundtrip[r] = roundtrip(manager);
        }
        print("cluster_queue_small", mode, median(queue), "items_per_s");
        print("cluster_dict_set", mode, median(dict), "sets_per_s");
        print("cluster_manager_roundtrip", mode, median(roundtrip), "p50_ms");
    }

    /** One producer thread puts {@code ops} small items, this thread takes them: {items per second, CPU µs per item}. */
    private static double[] queueSmall(SyncManager manager, int ops) throws Exception {
        QueueProxy<Integer> q = manager.queue();
        long cpu = ProcessTreeCpu.nanos();
        long t = System.nanoTime();
        CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < ops; i++) {
                q.add(i);
            }
        });
        for (int i = 0; i < ops; i++) {
            q.take();
        }
        producer.get();
        long elapsed = System.nanoTime() - t;
        return new double[] {ops / (elapsed / 1e9), (ProcessTreeCpu.nanos() - cpu) / 1e3 / ops};
    }

    /** {@code d[k] = v} over 1000 keys, {@code ops} times: {sets per second, CPU µs per set}. */
    private static double[] dictSet(SyncManager manager, int ops) {
        DictProxy<Integer, Integer> d = manager.dict();
        long cpu = ProcessTreeCpu.nanos();
        long t = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            d.put(i % 1000, i);
        }
        long elapsed = System.nanoTime() - t;
        return new double[] {ops / (elapsed / 1e9), (ProcessTreeCpu.nanos() - cpu) / 1e3 / ops};
    }

    /** The median of {@value #ROUNDTRIPS} {@code d.get(k)}: {ms, CPU µs per get}. */
    private static double[] roundtrip(SyncManager manager) {
        DictProxy<Integer, Integer> d = manager.dict();
        d.put(1, 1);
        double[] ms = new double[ROUNDTRIPS];
        long cpu = ProcessTreeCpu.nanos();
        for (int i = 0; i < ROUNDTRIPS; i++) {
            long t = System.nanoTime();
            d.get(1);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        long cpuNanos = ProcessTreeCpu.nanos() - cpu;
        Arrays.sort(ms);
        return new double[] {ms[ROUNDTRIPS / 2], cpuNanos / 1e3 / ROUNDTRIPS};
    }

    private static double[] median(double[][] runs) {
        double[][] sorted = runs.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
        return sorted[sorted.length / 2];
    }

    private static void print(String name, String mode, double[] figure, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s\t%.1f", name, mode, figure[0], unit, figure[1]));
    }
}
