package seed;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Timed example 3 of the seed notes: five CPU-bound tasks, one process each, all started at once.
 * Each task prints its PID and when its work began and ended, by the system clock that all the
 * processes share, so that their running side by side can be checked from their own account.
 */
public class FiveProcesses {

    static final long WORK = 800_000_000L;

    /** Work that takes the better part of a second of one core, well above a JVM's start-up cost. */
    static long burn(long n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i % 7;
        }
        return s;
    }

    static long micros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    @ProcessTask
    public static void task(int number, long work) {
        System.out.println("Task " + number + " running in process ID: " + Multiprocessing.currentProcess().pid());
        long from = micros();
        long result = burn(work);
        long to = micros();
        System.out.println("Task " + number + " done (" + (result % 2) + ")");
        System.out.println("Task " + number + " worked from " + from + " to " + to + " us");
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Main process ID: " + Multiprocessing.currentProcess().pid());
        System.out.println("CPUs: " + Multiprocessing.cpuCount());
        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            processes.add(new Process(FiveProcessesTasks.task(i, WORK)));
        }
        processes.forEach(Process::start);
        for (Process p : processes) {
            p.join();
        }
        System.out.printf("Total execution time: %.2f seconds%n", (System.nanoTime() - start) / 1e9);
    }
}
