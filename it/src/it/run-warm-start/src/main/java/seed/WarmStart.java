package seed;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Problem 3 under the warm start method: every process runs on a spare booted ahead of it. */
public class WarmStart {

    @ProcessTask
    public static void printMsg(String msg) {
        System.out.println(msg);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("start method " + Multiprocessing.getStartMethod());
        List<Process> processes = new ArrayList<>();
        for (String msg : List.of("Process 1", "Process 2")) {
            if (!Multiprocessing.defaultContext().awaitSpares(Duration.ofSeconds(60))) {
                throw new IllegalStateException("the spares did not boot");
            }
            Set<Long> spares = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
            Process p = new Process(WarmStartTasks.printMsg(msg));
            p.start();
            System.out.println(msg + " on a spare: " + spares.contains(p.pid()));
            processes.add(p);
        }
        for (Process p : processes) {
            p.join();
            System.out.println(p.name() + " exit code " + p.exitCode().orElseThrow());
        }
        System.out.println("all joined");
    }
}
