package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** Problem 4: a daemon process is terminated when the main process exits. */
public class DaemonProcess {

    @ProcessTask
    public static void backgroundTask() throws InterruptedException {
        while (true) {
            System.out.println("Daemon process running...");
            Thread.sleep(1000);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(DaemonProcessTasks.backgroundTask());
        p.daemon(true);
        p.start();
        System.err.println("daemon pid " + p.pid());
        Thread.sleep(3000);
        System.out.println("Main process exits");
    }
}
