package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.shm.BooleanValue;
import dev.jmp.sync.Condition;
import dev.jmp.sync.Held;

/**
 * Problem 13: a Condition. Python's child waits without a predicate, so a notify that comes
 * before the child waits (a slow start) is lost and the child hangs; here the child waits for
 * the {@code ready} flag the parent sets under the condition's lock, so the order of the two
 * cannot matter. What is printed is the same.
 */
public class UsingCondition {

    @ProcessTask
    public static void task(Condition cond, BooleanValue ready) throws InterruptedException {
        try (Held held = cond.hold()) {
            System.out.println("Waiting for condition...");
            cond.awaitFor(ready::get);
            System.out.println("Condition met, resuming task!");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (Condition cond = Condition.create(); BooleanValue ready = BooleanValue.createRaw(false)) {
            Process p = new Process(UsingConditionTasks.task(cond, ready));
            p.start();
            Thread.sleep(2000);
            try (Held held = cond.hold()) {
                System.out.println("notifying");
                ready.set(true);
                cond.signal();
            }
            p.join();
        }
    }
}
