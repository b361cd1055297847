package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;

/**
 * The two-locks program fixed by the second rule: the second lock is acquired with a timeout, and
 * a process that does not get it releases the first, backs off and tries again. The back-off
 * differs per process, so the two do not keep colliding.
 */
public class TimedLocks {

    @ProcessTask
    public static void transfer(Lock first, Lock second, Event iHold, Event otherHolds, int backOffMillis)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            first.acquire();
            iHold.set();
            otherHolds.await(Duration.ofSeconds(60));
            if (second.acquire(Duration.ofMillis(200))) {
                System.out.println("transferred after " + attempt + " attempt(s)");
                second.release();
                first.release();
                return;
            }
            first.release();
            Thread.sleep(backOffMillis);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (Lock a = Lock.create(); Lock b = Lock.create(); Event aHeld = Event.create(); Event bHeld = Event.create()) {
            Process p1 = new Process(TimedLocksTasks.transfer(a, b, aHeld, bHeld, 50));
            Process p2 = new Process(TimedLocksTasks.transfer(b, a, bHeld, aHeld, 500));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
