package seed;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.manager.Acquired;
import dev.jmp.manager.ConditionProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import dev.jmp.manager.ValueProxy;

/**
 * Problem 13 on a cluster: the condition and the {@code ready} flag are the cluster's, the waiting
 * task runs on a member. As in the local program, the child waits for the flag the parent sets
 * under the condition's lock, so a notify before the child waits is not lost.
 */
public class UsingCondition {

    @ProcessTask
    public static void task(ConditionProxy cond, ValueProxy<Boolean> ready) throws InterruptedException {
        try (Acquired held = cond.hold()) {
            System.out.println("Waiting for condition...");
            cond.awaitFor(ready::get);
            System.out.println("Condition met, resuming task!");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Context ctx = Multiprocessing.getContext(StartMethod.CLUSTER);
        try (SyncManager m = Manager.cluster(ctx)) {
            ConditionProxy cond = m.condition();
            ValueProxy<Boolean> ready = m.value(false);
            Process p = ctx.process(UsingConditionTasks.task(cond, ready));
            p.start();
            Thread.sleep(2000);
            try (Acquired held = cond.hold()) {
                System.out.println("notifying");
                ready.set(true);
                cond.signal();
            }
            Joins.join(p);
        }
    }
}
