package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;

/**
 * The classic lock-order deadlock: each process takes one lock, then waits for the other's. The
 * events make sure both hold their first lock before either asks for its second.
 */
public class TwoLocks {

    @ProcessTask
    public static void transfer(Lock first, Lock second, Event iHold, Event otherHolds) throws InterruptedException {
        first.acquire();
        iHold.set();
        if (!otherHolds.await(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the other process never took its lock");
        }
        second.acquire();
        System.out.println("transferred");
        second.release();
        first.release();
    }

    public static void main(String[] args) throws InterruptedException {
        try (Lock a = Lock.create(); Lock b = Lock.create(); Event aHeld = Event.create(); Event bHeld = Event.create()) {
            Process p1 = new Process(TwoLocksTasks.transfer(a, b, aHeld, bHeld));
            Process p2 = new Process(TwoLocksTasks.transfer(b, a, bHeld, aHeld));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
