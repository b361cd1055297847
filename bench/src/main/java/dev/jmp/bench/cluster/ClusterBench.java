package dev.jmp.bench.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.bench.WorkTasks;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import dev.jmp.pool.Pool;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code cluster_map_small} and {@code cluster_roundtrip}: the local pool's {@code pool_map_small}
 * and apply round trip against the same on three loopback members, in one run on this machine.
 * Each line: {@code name<TAB>mode<TAB>figure<TAB>unit<TAB>cpu_us_per_task}, the figure the median of
 * {@code --reps}, the CPU time the median repetition's tasks cost across every JVM (driver,
 * members, workers). Modes: {@code local} (Pool of child JVMs here), {@code jvm} (the members'
 * worker JVMs), {@code member} (threads of the members); for the round trip also {@code hazelcast}:
 * one {@code IMap.get} of a Hazelcast client, the floor any call through the cluster pays (a jmp
 * call is at least two such messages: the batch, then the answer to the waiting poll). Then the managers' twins
 * ({@link ManagerBench}): a local manager against {@code Manager.cluster} on the same members.
 * Usage: {@code ClusterBench [--reps N] [--tasks N] [--ops N] [--managers-only]}; run by
 * {@code bench/cluster.sh}.
 */
public final class ClusterBench {

    private static final int WORKERS = 3;
    private static final int ROUNDTRIPS = 1000;

    private ClusterBench() {}

    public static void main(String[] args) throws Exception {
        int reps = 3;
        int tasks = 200_000;
        int ops = 20_000;
        boolean pools = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--tasks" -> tasks = Integer.parseInt(args[++i]);
                case "--ops" -> ops = Integer.parseInt(args[++i]);
                case "--managers-only" -> pools = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: ClusterBench [--reps N] [--tasks N] [--ops N] [--managers-only]");
            }
        }
        System.out.println("# name\tmode\tfigure\tunit\tcpu_us_per_task; " + WORKERS + " workers, "
                + Runtime.getRuntime().availableProcessors() + " CPUs");
        Context local = Multiprocessing.getContext(StartMethod.SPAWN);
        if (pools) {
            run("local", local, reps, tasks);
        }
        try (SyncManager manager = Manager.start(local)) {
            ManagerBench.run("local", manager, ops, reps);
        }
        try (LoopbackMembers members = new LoopbackMembers(3, 1)) {
            Context cluster = Multiprocessing.getContext(StartMethod.CLUSTER);
            if (pools) {
                run("jvm", cluster, reps, tasks);
                System.setProperty("jmp.cluster.mode", "member");
                run("member", cluster, reps, tasks);
                System.clearProperty("jmp.cluster.mode");
            }
            hazelcastRoundtrip(reps);
            try (SyncManager manager = Manager.cluster(cluster)) {
                ManagerBench.run("cluster", manager, ops, reps);
            }
        }
    }

    /** The p50 of one {@code IMap.get} from a plain Hazelcast client to the same members. */
    private static void hazelcastRoundtrip(int reps) {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(
                HazelcastConfigs.client(ClusterSettings.fromSystemProperties()));
        try {
            IMap<Integer, Integer> map = client.getMap("jmp-bench-floor-" + System.nanoTime());
            for (int i = 0; i < 271; i++) { // a key in every partition, so that every member answers
                map.put(i, i);
            }
            double[][] runs = new double[reps][];
            for (int r = 0; r < reps; r++) {
                double[] ms = new double[ROUNDTRIPS];
                long cpu = ProcessTreeCpu.nanos();
                for (int i = 0; i < ROUNDTRIPS; i++) {
                    long t = System.nanoTime();
                    map.get(i % 271);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                long cpuNanos = ProcessTreeCpu.nanos() - cpu;
                Arrays.sort(ms);
                runs[r] = new double[] {ms[ROUNDTRIPS / 2], cpuNanos / 1e3 / ROUNDTRIPS};
            }
            map.destroy();
            print("cluster_roundtrip", "hazelcast", median(runs), "p50_ms");
        } finally {
            client.shutdown();
        }
    }

    private static void run(String mode, Context context, int reps, int tasks) throws Exception {
        double[][] map = new double[reps][];
        double[][] roundtrip = new double[reps][];
        for (int r = 0; r < reps; r++) {
            try (Pool pool = new Pool(WORKERS, null, 0, context)) {
                pool.map(WorkTasks::square, range(1000)); // every worker started and warm
                map[r] = mapSmall(pool, tasks);
                roundtrip[r] = roundtrip(pool);
            }
        }
        print("cluster_map_small", mode, median(map), "per_s");
        print("cluster_roundtrip", mode, median(roundtrip), "p50_ms");
    }

    /** {tasks per second, CPU microseconds per task}. */
    private static double[] mapSmall(Pool pool, int tasks) throws Exception {
        List<Integer> xs = range(tasks);
        long cpu = ProcessTreeCpu.nanos();
        long t = System.nanoTime();
        pool.map(WorkTasks::square, xs);
        long elapsed = System.nanoTime() - t;
        return new double[] {tasks / (elapsed / 1e9), (ProcessTreeCpu.nanos() - cpu) / 1e3 / tasks};
    }

    /** {median milliseconds of one synchronous apply, CPU microseconds per apply}. */
    private static double[] roundtrip(Pool pool) throws Exception {
        double[] ms = new double[ROUNDTRIPS];
        long cpu = ProcessTreeCpu.nanos();
        for (int i = 0; i < ROUNDTRIPS; i++) {
            long t = System.nanoTime();
            pool.apply(WorkTasks.square(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        long cpuNanos = ProcessTreeCpu.nanos() - cpu;
        Arrays.sort(ms);
        return new double[] {ms[ROUNDTRIPS / 2], cpuNanos / 1e3 / ROUNDTRIPS};
    }

    /** The repetition with the median figure. */
    private static double[] median(double[][] runs) {
        double[][] sorted = runs.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
        return sorted[sorted.length / 2];
    }

    private static void print(String name, String mode, double[] figure, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s\t%.1f", name, mode, figure[0], unit, figure[1]));
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }
}
