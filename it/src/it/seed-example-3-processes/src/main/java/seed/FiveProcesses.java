package seed;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Timed example 3 of the seed notes: five CPU-bound tasks, one process each. Every task prints
 * the PID it runs in and the CPU time its work took, so the run can be compared with doing the
 * same work one task after another (which costs at least the CPU times added up).
 */
public class FiveProcesses {

    /** Work that takes more than a second of one core, well above a JVM's start-up cost. */
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long result = burn(work);
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.println("Task " + number + " done (" + (result % 2) + ") in " + cpuMillis + " ms of CPU");
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Main process ID: " + Multiprocessing.currentProcess().pid());
        System.out.println("CPUs: " + Multiprocessing.cpuCount());
        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            processes.add(new Process(FiveProcessesTasks.task(i, 1_200_000_000L)));
        }
        processes.forEach(Process::start);
        for (Process p : processes) {
            p.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Total execution time: %.2f seconds%n", seconds);
    }
}
