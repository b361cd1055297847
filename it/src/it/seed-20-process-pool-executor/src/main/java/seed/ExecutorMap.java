package seed;

import dev.jmp.ProcessTask;
import dev.jmp.pool.ProcessPoolExecutor;
import java.util.List;
import java.util.stream.Collectors;

/** Problem 20: using ProcessPoolExecutor. */
public class ExecutorMap {

    @ProcessTask
    public static int square(int n) {
        return n * n;
    }

    public static void main(String[] args) {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5);
        List<Integer> results;
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(3)) {
            results = executor.map(ExecutorMapTasks::square, numbers).stream().collect(Collectors.toList());
        }
        System.out.println("Squared numbers: " + results);
    }
}
