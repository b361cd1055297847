package dev.jmp.bench;

import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.bench.floor.Floor;
import dev.jmp.bench.floor.Floors;
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
 * <p>Usage: {@code Compare [--reps N] [--only name,name] [--method spawn|warm] [--tag T] [--floors] [--out file]}.
 * {@code --floors} runs, after each workload, its floors ({@code dev.jmp.bench.floor}) and writes
 * {@code floor<TAB>name<TAB>median<TAB>unit<TAB>method} for each, so that jmp and the floor are
 * measured on the same machine in the same minutes.
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
        boolean floors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--out" -> outFile = args[++i];
                case "--method" -> method = StartMethod.parse(args[++i]);
                case "--tag" -> tag = "+" + args[++i];
                case "--floors" -> floors = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: Compare [--reps N] [--only name,name] [--method spawn|warm] [--tag T] [--floors] [--out file]");
            }
        }
        only.remove("");
        Multiprocessing.setStartMethod(method);
        List<String> lines = new ArrayList<>();
        Set<String> floorsRun = new HashSet<>();
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
                if (floors && floorsRun.add(w.name())) {
                    lines.addAll(floors(w.name(), method, reps, tag));
                }
            }
        }
        if (outFile != null) {
            Files.write(Paths.get(outFile), lines, StandardCharsets.UTF_8);
        }
    }

    /**
     * The lines of the floors of workload {@code name}, printed as they come; jmp's spares are
     * waited for first, so that a spare still booting does not take a core from a floor.
     */
    private static List<String> floors(String name, StartMethod method, int reps, String tag) throws Exception {
        List<String> lines = new ArrayList<>();
        String run = method.name().toLowerCase(Locale.ROOT);
        for (Floor floor : Floors.of(name, run)) {
            if (!Multiprocessing.defaultContext().awaitSpares(Duration.ofSeconds(60))) {
                throw new IllegalStateException("the spares did not boot within 60 s");
            }
            String line = "floor\t" + name + "\t" + Floors.median(floor, reps, run) + "\t" + floor.unit()
                    + "\t" + Floors.method(floor, run) + tag;
            System.out.println(line);
            lines.add(line);
        }
        return lines;
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
