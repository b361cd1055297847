package dev.jmp.backend;

import dev.jmp.base.FutureWait;
import dev.jmp.internal.TaskCall;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.spi.RunningProcess;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * A process of the {@code THREAD} start method: its task runs on a thread named after it, as a
 * child JVM would run it. Exit code 0 when the task returns; when it throws, its stack trace
 * headed {@code Process <name>:} on {@code System.err} and exit code 1, as a child's (Python's
 * dummy process reports 0 either way; a thread's failure is worth telling). A daemon process is a
 * daemon thread: the program does not wait for it at exit. A thread cannot be stopped from outside,
 * so {@link #terminate()} and {@link #kill()} refuse; {@link #interrupt()} interrupts it.
 */
final class ThreadProcess implements RunningProcess {

    private final Thread thread;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private ThreadProcess(TaskEntries entries, String name, boolean daemon, TaskCall task) {
        this.thread = new Thread(() -> exit.complete(run(entries, name, daemon, task)), name);
        thread.setDaemon(daemon);
    }

    static ThreadProcess start(TaskEntries entries, String name, boolean daemon, TaskCall task) {
        ThreadProcess process = new ThreadProcess(entries, name, daemon, task);
        process.thread.start();
        return process;
    }

    private static int run(TaskEntries entries, String name, boolean daemon, TaskCall task) {
        CurrentProcess.enterThread(name, daemon);
        try {
            entries.get(task.entryClass()).invoke(task.arguments());
            return 0;
        } catch (Throwable t) {
            synchronized (System.err) {
                System.err.println("Process " + name + ":");
                t.printStackTrace();
            }
            return 1;
        } finally {
            CurrentProcess.leaveThread();
        }
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public boolean await(long millis) throws InterruptedException {
        return FutureWait.await(exit, millis);
    }

    @Override
    public OptionalInt exitCode() {
        Integer code = exit.getNow(null);
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public void terminate() {
        throw refused("terminate");
    }

    @Override
    public void kill() {
        throw refused("kill");
    }

    @Override
    public void interrupt() {
        if (isAlive()) {
            thread.interrupt();
        }
    }

    @Override
    public void onExit(Runnable action) {
        exit.thenRun(action);
    }

    private UnsupportedOperationException refused(String verb) {
        return new UnsupportedOperationException("[jmp.process.thread-no-kill] cannot " + verb + " " + thread.getName()
                + ": it runs on a thread of this JVM (StartMethod.THREAD), and a thread cannot be stopped from outside;"
                + " use interrupt(), which a task that blocks or checks Thread.interrupted() answers, or run it with"
                + " StartMethod.SPAWN to be able to " + verb + " it");
    }
}
