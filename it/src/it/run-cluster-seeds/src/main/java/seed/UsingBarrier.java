package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.BarrierProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import java.time.Instant;

/**
 * Problem 15 on a cluster: a barrier of two held by the cluster, its two workers on members. Each
 * worker also traces, on stderr with wall-clock microseconds, when it arrived and when it passed
 * (the members share this machine's clock).
 */
public class UsingBarrier {

    @ProcessTask
    public static void worker(BarrierProxy barrier) throws Exception {
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
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager m = Manager.cluster(ctx)) {
            BarrierProxy barrier = m.barrier(2);
            Process p1 = ctx.process(UsingBarrierTasks.worker(barrier));
            Process p2 = ctx.process(UsingBarrierTasks.worker(barrier));
            p1.start();
            p2.start();
            Joins.join(p1);
            Joins.join(p2);
        }
    }
}
