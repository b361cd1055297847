package dev.jmp.backend;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One pool worker as a thread: it runs the pool's initializer, then the batches it is sent, in
 * order, each task through {@link ThreadTasks}, and answers each batch when it is done. Events
 * are told under one lock, so that a kill, which reports the exit with what the batch had done,
 * is never followed by an outcome. A thread cannot be killed: a kill interrupts the task and
 * abandons the thread, whose outcome is then dropped.
 */
final class ThreadWorker implements WorkerHandle {

    private static final Object RETIRE = new Object();

    private record Batch(long id, List<TaskCall> calls) {}

    private final ThreadWorkers workers;
    private final String name;
    private final WorkerEvents events;
    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object telling = new Object();
    /** Under {@link #telling}: the exit was told, or is being told. */
    private boolean exited;
    /** Under {@link #telling}: the running batch (0 between batches), the task of it that runs, and those done. */
    private long batchId;
    private int runningTask;
    private List<Outcome> done = List.of();

    ThreadWorker(ThreadWorkers workers, String name, WorkerEvents events) {
        this.workers = workers;
        this.name = name;
        this.events = events;
        this.thread = new Thread(this::serve, name);
        thread.setDaemon(true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public void start() {
        workers.started(this);
        thread.start();
    }

    @Override
    public void send(long batchId, List<TaskCall> calls) {
        inbox.add(new Batch(batchId, calls));
    }

    @Override
    public void retire() {
        inbox.add(RETIRE);
    }

    /**
     * Interrupts the task and reports the exit from a thread of its own, since the caller may be
     * the pool in the middle of its own bookkeeping, and the task may never answer the interrupt.
     */
    @Override
    public void kill() {
        BatchProgress progress;
        synchronized (telling) {
            if (exited) {
                return;
            }
            exited = true;
            progress = new BatchProgress(batchId, runningTask, 0, done);
        }
        thread.interrupt();
        Thread reporter = new Thread(() -> end(new WorkerExit(-9, true,
                "a kill (the thread's task was interrupted and abandoned)", List.of(), progress)), "jmp-exit-" + name);
        reporter.setDaemon(true);
        reporter.start();
    }

    void awaitThread(long millis) throws InterruptedException {
        thread.join(millis);
    }

    private void serve() {
        CurrentProcess.enterThread(name, workers.daemon);
        try {
            Outcome init = workers.initializer.map(call -> ThreadTasks.run(workers.entries, call)).orElse(null);
            synchronized (telling) {
                if (exited) {
                    return;
                }
                events.started();
                events.ready(init);
            }
            while (true) {
                Object next = inbox.take();
                if (next == RETIRE || !runBatch((Batch) next)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // killed: the kill reports the exit
        } finally {
            CurrentProcess.leaveThread();
        }
        synchronized (telling) {
            if (exited) {
                return;
            }
            exited = true;
        }
        end(new WorkerExit(0, false, "exit code 0", List.of(), null));
    }

    /** Runs one batch and answers it whole; false once the worker was killed. */
    private boolean runBatch(Batch batch) {
        long since = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(batch.calls().size());
        for (int i = 0; i < batch.calls().size(); i++) {
            synchronized (telling) {
                if (exited) {
                    return false;
                }
                batchId = batch.id();
                runningTask = i;
                done = List.copyOf(outcomes);
            }
            outcomes.add(ThreadTasks.run(workers.entries, batch.calls().get(i)));
        }
        synchronized (telling) {
            if (exited) {
                return false;
            }
            batchId = 0;
            done = List.of();
            events.outcomes(batch.id(), 0, outcomes, System.nanoTime() - since);
        }
        return true;
    }

    private void end(WorkerExit exit) {
        workers.exited(this);
        events.exited(exit);
    }
}
