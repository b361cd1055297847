package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Held;
import dev.jmp.sync.Lock;

/** The two-locks program fixed by the first rule: every process takes the locks in one order. */
public class OrderedLocks {

    @ProcessTask
    public static void transfer(Lock a, Lock b, String name) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            try (Held first = a.hold(); Held second = b.hold()) {
                Thread.sleep(5);
            }
        }
        System.out.println(name + " transferred");
    }

    public static void main(String[] args) throws InterruptedException {
        try (Lock a = Lock.create(); Lock b = Lock.create()) {
            Process p1 = new Process(OrderedLocksTasks.transfer(a, b, "Process 1"));
            Process p2 = new Process(OrderedLocksTasks.transfer(a, b, "Process 2"));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
