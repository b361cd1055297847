package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import dev.jmp.sync.Semaphore;
import java.time.Duration;

/**
 * A deadlock through a semaphore: one process takes the only permit and then wants the lock,
 * the other takes the lock and then wants a permit. The events make sure both hold theirs first.
 */
public class PermitAndLock {

    @ProcessTask
    public static void permitThenLock(Semaphore permits, Lock lock, Event iHold, Event otherHolds)
            throws InterruptedException {
        permits.acquire();
        iHold.set();
        if (!otherHolds.await(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the other process never took the lock");
        }
        lock.acquire();
        System.out.println("got both");
        lock.release();
        permits.release();
    }

    @ProcessTask
    public static void lockThenPermit(Lock lock, Semaphore permits, Event iHold, Event otherHolds)
            throws InterruptedException {
        lock.acquire();
        iHold.set();
        if (!otherHolds.await(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the other process never took the permit");
        }
        permits.acquire();
        System.out.println("got both");
        permits.release();
        lock.release();
    }

    public static void main(String[] args) throws InterruptedException {
        try (Semaphore permits = Semaphore.create(1); Lock lock = Lock.create(); Event permitHeld = Event.create();
                Event lockHeld = Event.create()) {
            Process p1 = new Process(PermitAndLockTasks.permitThenLock(permits, lock, permitHeld, lockHeld));
            Process p2 = new Process(PermitAndLockTasks.lockThenPermit(lock, permits, lockHeld, permitHeld));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
