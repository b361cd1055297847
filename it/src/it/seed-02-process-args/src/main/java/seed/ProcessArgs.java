package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** Problem 2: passing arguments to a process. */
public class ProcessArgs {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello, " + name);
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(ProcessArgsTasks.greet("Alice"));
        p.start();
        p.join();
    }
}
