package failing;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** A worker that exits 42; the program reports it and exits with the worker's code. */
public class ExitNonZero {

    @ProcessTask
    public static void work() {
        System.out.println("worker: giving up");
        System.exit(42);
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(ExitNonZeroTasks.work());
        p.start();
        p.join();
        int code = p.exitCode().getAsInt();
        System.out.println("worker " + p.name() + " exit code: " + code);
        System.exit(code);
    }
}
