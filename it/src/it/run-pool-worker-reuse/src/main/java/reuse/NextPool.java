package reuse;

import dev.jmp.Multiprocessing;
import dev.jmp.ProcessTask;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import java.time.Duration;

/** Two pools and an executor in a row: the second pool and the executor get the first pool's worker, warm. */
public class NextPool {

    private static int tasksRun;

    @ProcessTask
    public static String whoAmI() {
        tasksRun++;
        return ProcessHandle.current().pid() + " " + Multiprocessing.currentProcess().name() + " tasks " + tasksRun;
    }

    public static void main(String[] args) throws Exception {
        String first;
        try (Pool pool = new Pool(1)) {
            first = pool.apply(NextPoolTasks.whoAmI());
        }
        String second;
        try (Pool pool = new Pool(1)) {
            second = pool.apply(NextPoolTasks.whoAmI());
        }
        String third;
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1)) {
            third = executor.submit(NextPoolTasks.whoAmI()).get();
        }
        System.out.println("first pool: " + first);
        System.out.println("second pool: " + second);
        System.out.println("executor: " + third);
        String pid = first.substring(0, first.indexOf(' '));
        System.out.println("same worker: " + (second.startsWith(pid + " ") && third.startsWith(pid + " ")));
        System.out.println("released: " + Multiprocessing.releaseWorkers(Duration.ofSeconds(30)));
    }
}
