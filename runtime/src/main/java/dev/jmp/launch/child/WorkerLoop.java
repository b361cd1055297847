package dev.jmp.launch.child;

import dev.jmp.base.JmpLog;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.internal.ChunkEntry;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.TaskEntry;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.link.ControlClient;
import dev.jmp.link.Enlist;
import dev.jmp.link.Frame;
import dev.jmp.link.Goodbye;
import dev.jmp.link.Release;
import dev.jmp.wire.RemoteFailure;
import dev.jmp.link.Retire;
import dev.jmp.link.RunChunk;
import dev.jmp.link.RunTasks;
import dev.jmp.link.TaskResults;
import dev.jmp.spi.Outcome;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A pool worker's life: run the initializer, then serve {@link RunTasks} batches until
 * {@link Retire}; or, told its pool is done with it ({@link Release}), park
 * ({@link WorkerRelease}) and serve the next pool that enlists it, from its initializer on. The
 * thread that reads a batch runs its tasks and writes their results, so a
 * round trip costs no hand-off between threads in the worker.
 *
 * <p>A task's exception is an outcome like a value; nothing a task does ends the loop except
 * ending the JVM. Each outcome is logged in the worker's {@link WorkerProgress} file before the
 * next task starts, so a worker that dies loses none of the work it finished; the results of a
 * long batch also go back in parts, at least every {@link #FLUSH_NANOS}, so that the caller sees
 * them early. A map's chunk ({@code RunChunk}) runs in its entry's generated loop instead, through
 * {@link ChunkRunner}, with the same records and results.
 */
final class WorkerLoop {

    /** How long finished results of a running batch may wait before they are sent, for the caller's sake. */
    static final long FLUSH_NANOS = 5_000_000L;

    private final ControlClient client;
    private final ProcessIdentity parent;
    private final WorkerProgress progress;
    private final TaskEntries entries = new TaskEntries();

    private WorkerLoop(ControlClient client, ProcessIdentity parent, WorkerProgress progress) {
        this.client = client;
        this.parent = parent;
        this.progress = progress;
    }

    static void run(ControlClient client, Enlist first, ProcessIdentity parent) {
        for (Enlist enlist = first; enlist != null; enlist = WorkerRelease.park(client, parent)) {
            WorkerLoop loop = enlisted(client, enlist, parent);
            if (!loop.serve()) {
                return;
            }
        }
    }

    /** Becomes the worker {@code enlist} names and runs its pool's initializer; batch 0 says so. */
    private static WorkerLoop enlisted(ControlClient client, Enlist enlist, ProcessIdentity parent) {
        CurrentProcess.becomeChild(enlist.workerName(), enlist.daemon(), enlist.parentName(), parent.pid());
        WorkerProgress progress;
        try {
            progress = WorkerProgress.open(Paths.get(enlist.progressFile()));
        } catch (IOException e) {
            JmpLog.log(JmpLog.POOL, Level.ERROR, "[jmp] worker " + enlist.workerName()
                    + " cannot open its progress file: " + e);
            System.exit(ChildMain.NO_PARENT);
            return null;
        }
        WorkerLoop loop = new WorkerLoop(client, parent, progress);
        List<Outcome> initialized = new ArrayList<>();
        if (enlist.initializer().isPresent()) {
            // A failure is printed by the pool, which has it in full from the outcome.
            initialized.add(loop.runOne(enlist.initializer().get()));
        }
        loop.send(new TaskResults(0, 0, initialized, 0));
        return loop;
    }

    /** Serves batches until the worker is retired (it exits), released (true) or orphaned (false). */
    private boolean serve() {
        while (true) {
            Frame frame;
            try {
                frame = client.receive();
            } catch (IOException | RuntimeException e) {
                ParentWatchdog.channelEnded(client, parent);
                return false;
            }
            if (frame instanceof RunTasks batch) {
                runBatch(batch);
            } else if (frame instanceof RunChunk chunk) {
                runChunk(chunk);
            } else if (frame instanceof Release) {
                return true;
            } else if (frame instanceof Retire) {
                client.trySend(new Goodbye(0));
                System.exit(0);
            }
        }
    }

    private void runBatch(RunTasks batch) {
        List<TaskCall> calls = batch.calls();
        int n = calls.size();
        List<Outcome> outcomes = new ArrayList<>(n);
        int reported = 0;
        long lastSent = System.nanoTime();
        progress.batchStarted(batch.batchId());
        for (int i = 0; i < n; i++) {
            progress.taskStarted(i);
            Outcome outcome = runOne(calls.get(i));
            outcomes.add(outcome);
            boolean logged = progress.finished(i, outcome);
            if (i + 1 < n) {
                long now = System.nanoTime();
                if (!logged || now - lastSent > FLUSH_NANOS) {
                    send(new TaskResults(batch.batchId(), reported, outcomes, now - lastSent));
                    reported = i + 1;
                    progress.sent(reported);
                    outcomes = new ArrayList<>(n - reported);
                    lastSent = System.nanoTime();
                }
            }
        }
        send(new TaskResults(batch.batchId(), reported, outcomes, System.nanoTime() - lastSent));
    }

    /** A map's chunk: the entry's generated loop runs it ({@link ChunkRunner}). */
    private void runChunk(RunChunk batch) {
        ChunkEntry entry = null;
        Throwable unusable = null;
        try {
            TaskEntry loaded = entries.get(batch.chunk().entryClass());
            if (loaded instanceof ChunkEntry chunkEntry) {
                entry = chunkEntry;
            } else {
                unusable = new IllegalStateException("[jmp.entry.unusable] the task entry " + batch.chunk().entryClass()
                        + " cannot run a map's chunk; rebuild it with this release's jmp annotation processor");
            }
        } catch (Throwable t) {
            unusable = t;
        }
        new ChunkRunner(batch.batchId(), batch.chunk(), progress, this::send).run(entry, unusable);
    }

    private Outcome runOne(TaskCall call) {
        try {
            return Outcome.value(entries.get(call.entryClass()).invoke(call.arguments()));
        } catch (Throwable t) {
            try {
                return failure(t);
            } catch (Throwable encoding) {
                return failure(new IllegalStateException(t.getClass().getName()
                        + " (its details could not be sent: " + encoding + ")"));
            }
        }
    }

    /** What a task that threw {@code thrown} sends back: the failure in {@link RemoteFailure}'s encoding. */
    private static Outcome failure(Throwable thrown) {
        return new Outcome(true, RemoteFailure.of(thrown).encode());
    }

    private void send(TaskResults results) {
        System.out.flush(); // the task's output goes out before its result
        try {
            client.send(results);
        } catch (IOException e) {
            ParentWatchdog.channelEnded(client, parent);
        }
    }
}
