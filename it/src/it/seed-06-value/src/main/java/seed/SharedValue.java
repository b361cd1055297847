package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.shm.IntValue;

/** Problem 6: shared memory with Value. */
public class SharedValue {

    /**
     * Python's {@code shared_val.value += 1} is a read and a write that another process can slip
     * between; the atomic increment here cannot lose an update.
     */
    @ProcessTask
    public static void increment(IntValue sharedVal) {
        sharedVal.incrementAndGet();
    }

    public static void main(String[] args) throws InterruptedException {
        try (IntValue num = IntValue.create(0)) {
            Process p1 = new Process(SharedValueTasks.increment(num));
            Process p2 = new Process(SharedValueTasks.increment(num));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
            System.out.println("Final value: " + num.get());
        }
    }
}
