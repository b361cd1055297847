package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.EventProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;

/** Problem 14 on a cluster: the event is the cluster's, the worker waits for it on a member. */
public class UsingEvent {

    @ProcessTask
    public static void worker(EventProxy event) throws InterruptedException {
        System.out.println("Worker waiting for event...");
        event.await();
        System.out.println("Worker received event signal!");
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager m = Manager.cluster(ctx)) {
            EventProxy event = m.event();
            Process p = ctx.process(UsingEventTasks.worker(event));
            p.start();
            Thread.sleep(2000);
            System.out.println("setting the event");
            event.set();
            Joins.join(p);
        }
    }
}
