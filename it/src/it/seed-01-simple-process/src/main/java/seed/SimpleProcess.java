package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** Problem 1: a simple process. */
public class SimpleProcess {

    @ProcessTask
    public static void hello() {
        System.out.println("Hello from process");
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(SimpleProcessTasks.hello());
        p.start();
        p.join();
    }
}
