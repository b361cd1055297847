package dev.jmp.pool;

import dev.jmp.launch.parent.ChildProcess;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.link.Enlist;
import dev.jmp.link.Frame;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.Hello;
import dev.jmp.link.LinkListener;
import dev.jmp.link.Retire;
import dev.jmp.link.RunTasks;
import dev.jmp.link.TaskResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The parent's side of one worker JVM: its control channel and its place in the pool. Frames
 * from the worker arrive on the channel's reader thread and go straight to the {@link WorkerPool};
 * the worker's exit is handled on a thread of its own once every frame it sent has been read.
 * Fields marked "pool lock" are guarded by the pool's lock.
 */
final class Worker implements LinkListener {

    private static final long LAST_FRAMES_MILLIS = 5_000;

    final String name;
    final Path progressFile;
    /** Starts in a row, ending with the one this worker replaces, lost before they were ready. */
    final int lostStarts;
    private final WorkerPool pool;
    private final CountDownLatch linkClosed = new CountDownLatch(1);
    private volatile ChildProcess child;
    private volatile FrameChannel channel;
    private volatile boolean connected;
    /** The batch in flight; written under the pool lock. */
    volatile Batch current;
    /** Pool lock: the initializer ran and the worker takes tasks. */
    boolean ready;
    /** Pool lock: told to exit, so its exit is no death. */
    boolean retiring;
    /** Pool lock: tasks sent to it, for {@code maxTasksPerChild}. */
    int tasksSent;
    /** Pool lock: the task whose {@code cancel(true)} made the pool kill this worker, or null. */
    String killedToCancel;

    Worker(WorkerPool pool, String name, Path progressFile, int lostStarts) {
        this.pool = pool;
        this.name = name;
        this.progressFile = progressFile;
        this.lostStarts = lostStarts;
    }

    void started(ChildProcess process) {
        child = process;
        process.onExit(() -> {
            Thread reaper = new Thread(this::exited, "jmp-pool-reaper-" + name);
            reaper.setDaemon(true);
            reaper.start();
        });
    }

    private void exited() {
        if (connected) {
            try {
                linkClosed.await(LAST_FRAMES_MILLIS, TimeUnit.MILLISECONDS); // read what it sent before it died
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.workerExited(this);
    }

    @Override
    public Frame connected(Hello hello, FrameChannel channel) {
        this.channel = channel;
        connected = true;
        return new Enlist(name, CurrentProcess.self().name(), progressFile.toString(), pool.config.initializer());
    }

    @Override
    public void received(Frame frame) {
        if (frame instanceof TaskResults results) {
            try {
                pool.results(this, results);
            } catch (RuntimeException | Error e) {
                System.err.println("[jmp.pool.internal] a pool failed to handle the results of " + name + ": " + e);
                e.printStackTrace(); // a bug of jmp: this trace belongs in its report
            }
        }
    }

    @Override
    public void closed() {
        linkClosed.countDown();
    }

    /** Sends a batch; a worker that is gone is handled when its exit is seen. */
    void send(Batch batch) {
        write(new RunTasks(batch.id, batch.calls()));
    }

    void retire() {
        write(new Retire());
    }

    private void write(Frame frame) {
        // An interrupted thread writing to a socket channel would close it; the interrupt belongs
        // to the caller, not to the worker's channel.
        boolean interrupted = Thread.interrupted();
        try {
            channel.write(frame);
        } catch (IOException e) {
            // the worker died; its exit requeues or fails the batch
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    ChildProcess child() {
        return child;
    }

    long pid() {
        ChildProcess c = child;
        return c == null ? -1 : c.pid();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
