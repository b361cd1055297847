package seed;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import java.util.ArrayList;
import java.util.List;

/** Problem 3: multiple processes, all started before any is joined. */
public class MultipleProcesses {

    @ProcessTask
    public static void printMsg(String msg) {
        System.out.println(msg);
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> messages = List.of("Process 1", "Process 2", "Process 3");
        List<Process> processes = new ArrayList<>();
        for (String msg : messages) {
            processes.add(new Process(MultipleProcessesTasks.printMsg(msg)));
        }
        for (Process p : processes) {
            p.start();
        }
        for (Process p : processes) {
            p.join();
        }
        System.out.println("all joined");
    }
}
