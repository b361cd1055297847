package bad;

import dev.jmp.ProcessTask;
import dev.jmp.queue.Queue;

public class Bad {
    @ProcessTask
    public static void drain(
            Queue<Thread> workers) throws InterruptedException {
        System.out.println(workers.get());
    }
}
