package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.shm.IntValue;
import dev.jmp.sync.Held;
import dev.jmp.sync.Lock;

/** A well-behaved program: children join, shared memory is closed. */
public class Greeter {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello, " + name);
    }

    @ProcessTask
    public static void count(Lock lock, IntValue counter) {
        for (int i = 0; i < 100; i++) {
            try (Held held = lock.hold()) {
                counter.set(counter.get() + 1);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (Lock lock = Lock.create(); IntValue counter = IntValue.createRaw(0)) {
            Process p1 = new Process(GreeterTasks.count(lock, counter));
            Process p2 = new Process(GreeterTasks.count(lock, counter));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
            System.out.println("counted " + counter.get());
        }
    }
}
