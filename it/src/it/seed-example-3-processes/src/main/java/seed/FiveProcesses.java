package seed;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import java.util.ArrayList;
import java.util.List;

/**
 * Timed example 3 of the seed notes: five CPU-bound tasks, one process each, all at once. Before
 * that, as a baseline measured in the same run and on the same machine, the same five run one
 * process after another; the parallel run must beat it.
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

    @ProcessTask
    public static void task(int number, long work) {
        System.out.println("Task " + number + " running in process ID: " + Multiprocessing.currentProcess().pid());
        long result = burn(work);
        System.out.println("Task " + number + " done (" + (result % 2) + ")");
    }

    /** The same work, silent: the sequential baseline. */
    @ProcessTask
    public static long quietTask(long work) {
        return burn(work);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Main process ID: " + Multiprocessing.currentProcess().pid());
        System.out.println("CPUs: " + Multiprocessing.cpuCount());

        long start = System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            Process p = new Process(FiveProcessesTasks.quietTask(WORK));
            p.start();
            p.join();
        }
        System.out.printf("Sequential baseline: %.2f seconds%n", (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
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
