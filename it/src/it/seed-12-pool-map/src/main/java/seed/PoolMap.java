package seed;

import dev.jmp.ProcessTask;
import dev.jmp.pool.Pool;
import java.util.List;

/** Problem 12: using Pool for parallel execution. */
public class PoolMap {

    @ProcessTask
    public static int square(int n) {
        return n * n;
    }

    public static void main(String[] args) throws InterruptedException {
        try (Pool p = new Pool(4)) {
            System.out.println(p.map(PoolMapTasks::square, List.of(1, 2, 3, 4, 5)));
        }
    }
}
