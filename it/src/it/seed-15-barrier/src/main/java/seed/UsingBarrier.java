package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Barrier;
import java.time.Instant;

/**
 * Problem 15: a Barrier of two. Each worker also traces, on stderr with wall-clock microseconds,
 * when it arrived and when it passed, so the test can check that nobody passed before both
 * arrived.
 */
public class UsingBarrier {

    @ProcessTask
    public static void worker(Barrier barrier) throws Exception {
        System.out.println("Waiting at barrier...");
        System.err.println("trace arrive " + micros());
        barrier.await();
        System.err.println("trace pass " + micros());
        System.out.println("Barrier passed!");
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    public static void main(String[] args) throws InterruptedException {
        try (Barrier barrier = Barrier.create(2)) {
            Process p1 = new Process(UsingBarrierTasks.worker(barrier));
            Process p2 = new Process(UsingBarrierTasks.worker(barrier));
            p1.start();
            p2.start();
            p1.join();
            p2.join();
        }
    }
}
