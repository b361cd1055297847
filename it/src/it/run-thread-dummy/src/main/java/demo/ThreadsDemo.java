package demo;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.StartMethod;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import dev.jmp.pool.TaskFailedException;
import dev.jmp.pool.ThreadPool;
import dev.jmp.queue.Queue;
import dev.jmp.shm.IntValue;
import dev.jmp.sync.Held;
import dev.jmp.sync.Lock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Python's {@code multiprocessing.dummy}: one program, run by processes and then by threads, by
 * changing only the context.
 */
public class ThreadsDemo {

    /** Adds 1 to {@code total} {@code times} times, each under {@code lock}, and says who did. */
    @ProcessTask
    public static void count(IntValue total, Lock lock, int times, Queue<String> done) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            try (Held held = lock.hold()) {
                total.set(total.get() + 1);
            }
        }
        done.put(Multiprocessing.currentProcess().name());
    }

    @ProcessTask
    public static int square(int x) {
        return x * x;
    }

    @ProcessTask
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    @ProcessTask
    public static int divide(int a, int b) {
        return a / b;
    }

    @ProcessTask
    public static void sleepLong() throws InterruptedException {
        Thread.sleep(600_000);
    }

    public static void main(String[] args) throws Exception {
        run("spawn", Multiprocessing.getContext(StartMethod.SPAWN));
        run("dummy", Multiprocessing.dummy());
        try (Pool pool = new ThreadPool(4)) {
            System.out.println("ThreadPool squares " + pool.map(ThreadsDemoTasks::square, List.of(1, 2, 3, 4)));
        }
        Process sleeper = Multiprocessing.dummy().process(ThreadsDemoTasks.sleepLong());
        sleeper.start();
        try {
            sleeper.kill();
        } catch (UnsupportedOperationException e) {
            System.out.println("dummy kill: " + e.getMessage().substring(0, e.getMessage().indexOf(']') + 1));
        }
        sleeper.interrupt();
        sleeper.join();
        System.out.println("dummy interrupted exit code " + sleeper.exitCode().getAsInt());
    }

    private static void run(String label, Context ctx) throws Exception {
        long me = ProcessHandle.current().pid();
        try (IntValue total = IntValue.create(0); Lock lock = Lock.create();
             Queue<String> done = Queue.create(String.class)) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Process p = ctx.process(ThreadsDemoTasks.count(total, lock, 250, done)).name("counter-" + i);
                p.start();
                processes.add(p);
            }
            TreeSet<String> names = new TreeSet<>();
            for (Process p : processes) {
                p.join();
                names.add(done.get());
            }
            System.out.println(label + " total " + total.get() + " from " + names + " exit codes "
                    + processes.stream().map(p -> p.exitCode().getAsInt()).toList());
        }
        try (Pool pool = new Pool(2, ctx)) {
            System.out.println(label + " pool squares " + pool.map(ThreadsDemoTasks::square, List.of(1, 2, 3, 4, 5)));
            boolean here = pool.apply(ThreadsDemoTasks.pid()) == me;
            System.out.println(label + " pool runs in this JVM: " + here);
            try {
                pool.apply(ThreadsDemoTasks.divide(1, 0));
            } catch (TaskFailedException e) {
                System.out.println(label + " pool failure " + e.getCause());
            }
        }
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2, ctx)) {
            System.out.println(label + " executor " + executor.submit(ThreadsDemoTasks.square(12)).get());
        }
    }
}
