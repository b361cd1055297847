package dev.jmp.bench;

import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The jmp side of {@code bench/compare.sh}: runs each workload {@code --reps} times and writes
 * {@code name<TAB>median<TAB>unit<TAB>method} per workload, {@code n/a} where jmp cannot run it yet,
 * and {@code #<TAB>name<TAB>note<TAB>method} after a workload that has a note (a calibrated size).
 *
 * <p>Usage: {@code Compare [--reps N] [--only name,name] [--method spawn|warm] [--tag T] [--out file]}.
 * {@code --tag} is appended to the method column ({@code spawn+cds}), for runs that differ in
 * how they were launched rather than in the start method.
 * {@code --method} is the default start method of the workloads' processes, pools and managers;
 * under {@code warm}, the spares are booted before each repetition, untimed, as a program that
 * starts processes often keeps them. {@code start_join} measures every method itself, and runs
 * with the spawn run only.
 */
public final class Compare {

    /** Every workload of the comparison, in the order of the CPython baseline. */
    static List<Workload> workloads() {
        return List.of(
                StartJoin.spawn(),
                StartJoin.warm(),
                StartJoin.warmReady(),
                new PoolMapSmall(),
                new PoolMapPayload(),
                new ApplyAsync(),
                new ApplyRoundtrip(),
                new ExecutorSubmit(),
                QueueThroughput.small(),
                QueueThroughput.kilobyte(),
                new PipeRoundtrip(),
                new LockedIncr(),
                new ArrayUpdate(),
                new ManagerDictSet(),
                new EventRoundtrip(),
                new CpuSpeedup(),
                new CpuSmallTasks(),
                new WorkerPrivateMb(),
                new SharedMemoryCopy());
    }

    public static void main(String[] args) throws Exception {
        int reps = 3;
        Set<String> only = new HashSet<>();
        String outFile = null;
        StartMethod method = StartMethod.SPAWN;
        String tag = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--out" -> outFile = args[++i];
                case "--method" -> method = StartMethod.parse(args[++i]);
                case "--tag" -> tag = "+" + args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: Compare [--reps N] [--only name,name] [--method spawn|warm] [--tag T] [--out file]");
            }
        }
        only.remove("");
        Multiprocessing.setStartMethod(method);
        List<String> lines = new ArrayList<>();
        for (Workload w : workloads()) {
            boolean runsHere = w.followsDefaultMethod() || method == StartMethod.SPAWN;
            if (runsHere && (only.isEmpty() || only.contains(w.name()))) {
                String line = w.name() + "\t" + figure(w, reps) + "\t" + w.unit() + "\t" + w.method() + tag;
                System.out.println(line);
                lines.add(line);
                if (w.note() != null) {
                    String note = "#\t" + w.name() + "\t" + w.note() + "\t" + w.method() + tag;
                    System.out.println(note);
                    lines.add(note);
                }
            }
        }
        if (outFile != null) {
            Files.write(Paths.get(outFile), lines, StandardCharsets.UTF_8);
        }
    }

    private static String figure(Workload w, int reps) throws Exception {
        if (!w.available()) {
            return "n/a";
        }
        double[] values = new double[reps];
        for (int i = 0; i < reps; i++) {
            if (!Multiprocessing.defaultContext().awaitSpares(Duration.ofSeconds(60))) {
                throw new IllegalStateException("the spares did not boot within 60 s");
            }
            values[i] = w.measure();
        }
        Arrays.sort(values);
        double median = reps % 2 == 1 ? values[reps / 2] : (values[reps / 2 - 1] + values[reps / 2]) / 2;
        return String.format(Locale.ROOT, "%.2f", median);
    }

    private Compare() {}
}
