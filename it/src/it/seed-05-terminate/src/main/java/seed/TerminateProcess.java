package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** Problem 5: terminating a process. */
public class TerminateProcess {

    @ProcessTask
    public static void task() throws InterruptedException {
        while (true) {
            System.out.println("Running...");
            Thread.sleep(1000);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(TerminateProcessTasks.task());
        p.start();
        Thread.sleep(3000);
        p.terminate();
        System.out.println("Process terminated");
        p.join();
        System.err.println("exit code " + p.exitCode().getAsInt());
    }
}
