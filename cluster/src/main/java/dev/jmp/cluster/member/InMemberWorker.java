package dev.jmp.cluster.member;

import dev.jmp.internal.TaskCall;
import dev.jmp.wire.RemoteFailure;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One worker of the in-member mode: a thread that runs the initializer, then the batches it is
 * sent, in order, each task through jmp's task entries, encoding outcomes as a worker JVM does.
 * Finished outcomes go back at the end of a batch, or every few milliseconds of a long one. Events
 * are told under one lock, so a kill, which reports the exit at once with what the batch had done,
 * is never followed by an outcome.
 */
final class InMemberWorker implements WorkerHandle {

    private static final long FLUSH_NANOS = 5_000_000L;
    private static final Object RETIRE = new Object();

    private record Batch(long id, List<TaskCall> calls) {}

    private final InMemberWorkers workers;
    private final String name;
    private final WorkerEvents events;
    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object telling = new Object();
    /** Under {@link #telling}: the exit was told. */
    private boolean exited;
    /** Under {@link #telling}: the running batch, the task it runs, and its outcomes not yet sent. */
    private long batchId;
    private int runningTask;
    private int reported;
    private List<Outcome> unsent = new ArrayList<>();

    InMemberWorker(InMemberWorkers workers, String name, WorkerEvents events) {
        this.workers = workers;
        this.name = name;
        this.events = events;
        this.thread = new Thread(this::serve, "jmp-in-member-" + name);
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

    @Override
    public void kill() {
        BatchProgress progress;
        synchronized (telling) {
            if (exited) {
                return;
            }
            exited = true;
            progress = new BatchProgress(batchId, runningTask, reported, unsent);
        }
        thread.interrupt();
        end(new WorkerExit(-9, true, "a kill (the task's thread was abandoned)", List.of(), progress));
    }

    private void serve() {
        Outcome init = workers.initializer.map(this::run).orElse(null);
        synchronized (telling) {
            if (exited) {
                return;
            }
            events.ready(init);
        }
        try {
            while (true) {
                Object next = inbox.take();
                if (next == RETIRE) {
                    break;
                }
                if (!runBatch((Batch) next)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            return; // killed: the kill told the exit
        }
        synchronized (telling) {
            if (exited) {
                return;
            }
            exited = true;
        }
        end(new WorkerExit(0, false, "exit code 0", List.of(), null));
    }

    /** Runs one batch; false once the worker was killed. */
    private boolean runBatch(Batch batch) {
        synchronized (telling) {
            batchId = batch.id();
            reported = 0;
            unsent = new ArrayList<>();
        }
        long since = System.nanoTime();
        for (int i = 0; i < batch.calls().size(); i++) {
            synchronized (telling) {
                runningTask = i;
            }
            Outcome outcome = run(batch.calls().get(i));
            long now = System.nanoTime();
            synchronized (telling) {
                if (exited) {
                    return false;
                }
                unsent.add(outcome);
                if (i + 1 == batch.calls().size() || now - since > FLUSH_NANOS) {
                    events.outcomes(batchId, reported, unsent, now - since);
                    reported = i + 1;
                    unsent = new ArrayList<>();
                    since = now;
                }
            }
        }
        return true;
    }

    private Outcome run(TaskCall call) {
        try {
            return Outcome.value(workers.entries.get(call.entryClass()).invoke(call.arguments()));
        } catch (Throwable t) {
            try {
                return new Outcome(true, RemoteFailure.of(t).encode());
            } catch (RuntimeException encoding) {
                return new Outcome(true, RemoteFailure.of(new IllegalStateException(t.getClass().getName()
                        + " (its details could not be sent: " + encoding + ")")).encode());
            }
        }
    }

    private void end(WorkerExit exit) {
        workers.exited(this);
        events.exited(exit);
    }
}
