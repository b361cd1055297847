package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SemaphoreProxy;
import dev.jmp.manager.SyncManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Problem 16 on a cluster: a semaphore(2) held by the cluster, shared by four processes on the
 * members. Each task traces, on stderr with wall-clock microseconds taken while it holds its
 * permit, when it started and completed (the members share this machine's clock).
 */
public class UsingSemaphore {

    @ProcessTask
    public static void task(SemaphoreProxy sem) throws InterruptedException {
        sem.acquire();
        try {
            System.err.println("trace start " + micros());
            System.out.println("Task started");
            Thread.sleep(2000);
            System.out.println("Task completed");
            System.err.println("trace end " + micros());
        } finally {
            sem.release();
        }
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager m = Manager.cluster(ctx)) {
            SemaphoreProxy sem = m.semaphore(2);
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                processes.add(ctx.process(UsingSemaphoreTasks.task(sem)));
            }
            for (Process p : processes) {
                p.start();
            }
            for (Process p : processes) {
                Joins.join(p);
            }
        }
    }
}
