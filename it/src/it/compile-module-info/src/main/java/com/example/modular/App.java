package com.example.modular;

import dev.jmp.Process;
import dev.jmp.ProcessTask;

/** A task and the program that starts it, in a named module. */
public class App {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello from a module, " + name);
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(AppTasks.greet("Alice"));
        p.start();
        p.join();
        System.out.println("exit code " + p.exitCode().getAsInt());
    }
}
