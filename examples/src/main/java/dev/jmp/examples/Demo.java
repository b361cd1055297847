package dev.jmp.examples;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's demo: processes started, joined, failing, exiting and terminated, with Python's
 * exit codes. Run it with {@code ./mvnw -q -pl examples jmp:run}.
 */
public final class Demo {

    private Demo() {}

    public static void main(String[] args) throws Exception {
        var main = Multiprocessing.currentProcess();
        System.out.println(main.name() + " (pid " + main.pid() + ") on " + Multiprocessing.cpuCount() + " CPUs");

        List<Process> greeters = new ArrayList<>();
        for (String name : List.of("Alice", "Bob", "Carol")) {
            greeters.add(new Process(GreeterTasks.greet(name)));
        }
        greeters.forEach(Process::start);
        for (Process p : greeters) {
            p.join();
        }

        Process squares = new Process(GreeterTasks.sumOfSquares(List.of(1, 2, 3, 4)));
        Process failing = new Process(GreeterTasks.validate(" ")).name("validator");
        Process exiting = new Process(GreeterTasks.exitWith(3));
        for (Process p : List.of(squares, failing, exiting)) {
            p.start();
            p.join();
        }

        Process ticker = new Process(GreeterTasks.tick());
        ticker.start();
        ticker.join(Duration.ofMillis(700));
        ticker.terminate();
        ticker.join();

        System.out.println();
        System.out.println("process      exit code");
        for (Process p : List.of(greeters.get(0), squares, failing, exiting, ticker)) {
            System.out.printf("%-12s %d%n", p.name(), p.exitCode().orElseThrow());
        }
    }
}
