package com.example.modular;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.manager.SyncManager;

/** Tasks, a shared class and the program that uses them, in a named module. */
public class App {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello from a module, " + name);
    }

    @ProcessTask
    public static void greetAll(Greeting greeting, CounterProxy counter) {
        for (int i = 0; i < greeting.times(); i++) {
            counter.add(1);
        }
        System.out.println("Greeted " + greeting.name() + " " + greeting.times() + " times");
    }

    public static void main(String[] args) throws InterruptedException {
        Process p = new Process(AppTasks.greet("Alice"));
        p.start();
        p.join();
        System.out.println("exit code " + p.exitCode().getAsInt());
        try (SyncManager manager = new SyncManager().register(Counter.class).start()) {
            CounterProxy counter = CounterProxy.create(manager);
            Process q = new Process(AppTasks.greetAll(new Greeting("Bob", 3), counter));
            q.start();
            q.join();
            System.out.println("counter " + counter.add(0));
        }
    }
}
