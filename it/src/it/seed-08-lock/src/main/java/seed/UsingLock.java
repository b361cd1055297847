package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Held;
import dev.jmp.sync.Lock;
import java.time.Instant;

/** Problem 8: using a Lock across processes. */
public class UsingLock {

    /**
     * Python's {@code with lock: print(msg)}. The stderr trace, with wall-clock microseconds
     * taken inside the critical section, lets the test check that the sections never overlap.
     */
    @ProcessTask
    public static void criticalSection(Lock lock, String msg) throws InterruptedException {
        try (Held held = lock.hold()) {
            System.err.println("trace enter " + micros());
            System.out.println(msg);
            Thread.sleep(200);
            System.err.println("trace leave " + micros());
        }
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    public static void main(String[] args) throws InterruptedException {
        try (Lock lock = Lock.create()) {
            Process p1 = new Process(UsingLockTasks.criticalSection(lock, "Process 1"));
            Process p2 = new Process(UsingLockTasks.criticalSection(lock, "Process 2"));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
