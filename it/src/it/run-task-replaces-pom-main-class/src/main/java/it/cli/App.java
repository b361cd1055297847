package it.cli;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** The program the POM runs by default; a task of it is run on its own from the command line. */
public class App {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello, " + name);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("app: the POM's main class ran");
        Process p = new Process(AppTasks.greet("from main"));
        p.start();
        p.join();
    }
}
