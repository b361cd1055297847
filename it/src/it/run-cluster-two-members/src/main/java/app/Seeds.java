package app;

import dev.jmp.ProcessTask;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed programs 12, 18 and 20 as they are on one machine, not a line changed: with
 * {@code -Djmp.startMethod=cluster} their pools and executors run on the members.
 */
public class Seeds {

    @ProcessTask
    public static int square(int n) {
        return n * n;
    }

    @ProcessTask
    public static int cube(int n) {
        return n * n * n;
    }

    static void poolMap() throws InterruptedException {
        try (Pool p = new Pool(4)) {
            System.out.println(p.map(SeedsTasks::square, List.of(1, 2, 3, 4, 5)));
        }
    }

    static void poolApply() throws InterruptedException {
        try (Pool p = new Pool(4)) {
            System.out.println(p.apply(SeedsTasks.cube(3)));
        }
    }

    static void executorMap() {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5);
        List<Integer> results;
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(3)) {
            results = executor.map(SeedsTasks::square, numbers).stream().collect(Collectors.toList());
        }
        System.out.println("Squared numbers: " + results);
    }
}
