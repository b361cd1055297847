package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.sync.Semaphore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Problem 16: a Semaphore(2) shared by four processes. Each task traces, on stderr with
 * wall-clock microseconds taken while it holds its permit, when it started and completed, so
 * the test can count how many ran at once.
 */
public class UsingSemaphore {

    @ProcessTask
    public static void task(Semaphore sem) throws InterruptedException {
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
        try (Semaphore sem = Semaphore.create(2)) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                processes.add(new Process(UsingSemaphoreTasks.task(sem)));
            }
            for (Process p : processes) {
                p.start();
            }
            for (Process p : processes) {
                p.join();
            }
        }
    }
}
