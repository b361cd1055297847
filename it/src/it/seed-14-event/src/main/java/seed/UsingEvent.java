package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Event;

/** Problem 14: an Event. */
public class UsingEvent {

    @ProcessTask
    public static void worker(Event event) throws InterruptedException {
        System.out.println("Worker waiting for event...");
        event.await();
        System.out.println("Worker received event signal!");
    }

    public static void main(String[] args) throws InterruptedException {
        try (Event event = Event.create()) {
            Process p = new Process(UsingEventTasks.worker(event));
            p.start();
            Thread.sleep(2000);
            System.out.println("setting the event");
            event.set();
            p.join();
        }
    }
}
