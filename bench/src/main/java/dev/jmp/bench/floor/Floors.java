package dev.jmp.bench.floor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The floors of the comparison's workloads, in the order of the comparison, and a command that
 * prints them: {@code Floors [--reps N] [--only name,name] [--method spawn|warm]}, one line
 * {@code floor<TAB>name<TAB>median<TAB>unit<TAB>method} per floor, the median of {@code --reps}
 * runs. {@code Compare --floors} prints the same lines, each after its workload's jmp figure.
 * A floor whose method is fixed runs only with {@code --method spawn}; the others stand for the
 * run's method.
 */
public final class Floors {

    private Floors() {}

    /** Every floor. */
    public static List<Floor> all() {
        return List.of(
                StartJoinFloor.spawn(),
                StartJoinFloor.warmReady(),
                PoolMapFloor.small(),
                PoolMapFloor.payload(),
                ApplyFloor.async(),
                ApplyFloor.roundtrip(),
                QueueFloor.small(),
                QueueFloor.kilobyte(),
                new PipeRoundtripFloor(),
                new LockedIncrFloor(),
                new ArrayUpdateFloor(),
                new ManagerDictSetFloor(),
                new EventRoundtripFloor(),
                CpuFloor.speedup(),
                CpuFloor.smallTasks());
    }

    /** The floors of workload {@code name} that run with {@code method} ({@code spawn} or {@code warm}). */
    public static List<Floor> of(String name, String method) {
        List<Floor> floors = new ArrayList<>();
        for (Floor floor : all()) {
            if (floor.name().equals(name) && (floor.fixedMethod() == null || method.equals("spawn"))) {
                floors.add(floor);
            }
        }
        return floors;
    }

    /** The method a floor's figure stands for in a run of {@code method}. */
    public static String method(Floor floor, String method) {
        return floor.fixedMethod() != null ? floor.fixedMethod() : method;
    }

    /** The median of {@code reps} runs of {@code floor}, formatted as the comparison prints figures. */
    public static String median(Floor floor, int reps, String method) throws Exception {
        double[] values = new double[reps];
        for (int i = 0; i < reps; i++) {
            values[i] = floor.measure(method.equals("warm"));
        }
        Arrays.sort(values);
        double median = reps % 2 == 1 ? values[reps / 2] : (values[reps / 2 - 1] + values[reps / 2]) / 2;
        return String.format(Locale.ROOT, "%.2f", median);
    }

    /** Prints the floors; see the class comment. */
    public static void main(String[] args) throws Exception {
        int reps = 3;
        Set<String> only = new HashSet<>();
        String method = "spawn";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--method" -> method = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: Floors [--reps N] [--only name,name] [--method spawn|warm]");
            }
        }
        only.remove("");
        Set<String> names = new HashSet<>();
        for (Floor floor : all()) {
            if ((only.isEmpty() || only.contains(floor.name())) && names.add(floor.name())) {
                for (Floor f : of(floor.name(), method)) {
                    System.out.println("floor\t" + f.name() + "\t" + median(f, reps, method) + "\t" + f.unit()
                            + "\t" + method(f, method));
                }
            }
        }
    }
}
