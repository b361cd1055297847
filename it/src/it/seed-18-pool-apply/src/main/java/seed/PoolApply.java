package seed;

import dev.jmp.ProcessTask;
import dev.jmp.pool.Pool;

/** Problem 18: using Pool.apply. */
public class PoolApply {

    @ProcessTask
    public static int cube(int n) {
        return n * n * n;
    }

    public static void main(String[] args) throws InterruptedException {
        try (Pool p = new Pool(4)) {
            System.out.println(p.apply(PoolApplyTasks.cube(3)));
        }
    }
}
