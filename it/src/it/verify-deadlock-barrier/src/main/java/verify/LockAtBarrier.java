package verify;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Barrier;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A deadlock through a barrier: one party waits at it while holding the lock that the other
 * party needs before it can arrive. The event makes sure the lock is taken first.
 */
public class LockAtBarrier {

    @ProcessTask
    public static void holdAndWait(Lock lock, Barrier barrier, Event held)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        lock.acquire();
        held.set();
        barrier.await();
        System.out.println("passed the barrier");
        lock.release();
    }

    @ProcessTask
    public static void lockThenArrive(Lock lock, Barrier barrier, Event held)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        if (!held.await(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the other process never took the lock");
        }
        lock.acquire();
        lock.release();
        barrier.await();
        System.out.println("passed the barrier");
    }

    public static void main(String[] args) throws InterruptedException {
        try (Lock lock = Lock.create(); Barrier barrier = Barrier.create(2); Event held = Event.create()) {
            Process p1 = new Process(LockAtBarrierTasks.holdAndWait(lock, barrier, held));
            Process p2 = new Process(LockAtBarrierTasks.lockThenArrive(lock, barrier, held));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
