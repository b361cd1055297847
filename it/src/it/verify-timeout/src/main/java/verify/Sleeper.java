package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** Never finishes: its child sleeps far longer than the scenario's timeout. */
public class Sleeper {

    @ProcessTask
    public static void sleepLong() throws InterruptedException {
        System.out.println("child sleeping");
        Thread.sleep(600_000);
    }

    public static void main(String[] args) throws InterruptedException {
        Process child = new Process(SleeperTasks.sleepLong());
        child.start();
        child.join();
    }
}
