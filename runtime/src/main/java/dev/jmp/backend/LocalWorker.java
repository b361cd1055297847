package dev.jmp.backend;

import dev.jmp.base.JmpLog;
import dev.jmp.base.PrivateDirectory;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.internal.ChunkCall;
import dev.jmp.internal.TaskCall;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.child.WorkerProgress;
import dev.jmp.launch.parent.ChildProcess;
import dev.jmp.launch.parent.ChildSpec;
import dev.jmp.launch.parent.ExitStatus;
import dev.jmp.launch.spares.Spares;
import dev.jmp.link.Enlist;
import dev.jmp.link.Frame;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.Hello;
import dev.jmp.link.LinkListener;
import dev.jmp.link.Parked;
import dev.jmp.link.Release;
import dev.jmp.link.Retire;
import dev.jmp.link.RunChunk;
import dev.jmp.link.RunTasks;
import dev.jmp.link.TaskResults;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM on this machine, the parent's end of the protocol its {@code WorkerLoop} speaks:
 * it answers the worker's hello with {@link Enlist}, sends {@link RunTasks} and {@link Retire},
 * and hands every {@link TaskResults} to the pool as it is read, on the channel's reader thread.
 * When the JVM has exited and every frame it sent has been read, a thread of its own reads the
 * worker's {@link WorkerProgress} file, which tells what it had done of its batch, and reports
 * the exit.
 *
 * <p>A worker its pool is done with may be handed on ({@link #release()}): once it says it is
 * {@link Parked}, its process goes to the {@link WorkerReservoir}, the pool is told it exited
 * (code 0, as a retired worker), and from then on this object leaves the process alone; the
 * next pool's {@code LocalWorker} takes it in {@link #start()} instead of starting a JVM, and
 * sends it that pool's {@link Enlist}. Whoever holds the process now is its {@code ChildSpec}'s
 * session, to which its frames, the end of its channel and its exit go.
 */
final class LocalWorker implements WorkerHandle, LinkListener {

    private static final long LAST_FRAMES_MILLIS = 5_000;
    private static final long OUTPUT_MILLIS = 2_000;

    private final LocalWorkers workers;
    private final String name;
    private final WorkerEvents events;
    private final Path progressFile;
    private final CountDownLatch linkClosed = new CountDownLatch(1);
    private volatile ChildProcess child;
    private volatile FrameChannel channel;
    private volatile boolean connected;
    private volatile boolean ready;
    /** The worker parked: its process is the reservoir's or another pool's. */
    private volatile boolean released;

    LocalWorker(LocalWorkers workers, String name, WorkerEvents events) {
        this.workers = workers;
        this.name = name;
        this.events = events;
        try {
            progressFile = Files.createTempFile(PrivateDirectory.get(), "worker-", ".progress");
            WorkerProgress.create(progressFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        ChildProcess c = child;
        return c == null ? -1 : c.pid();
    }

    @Override
    public void start() {
        ChildProcess process = workers.reuse() ? takeParked() : null;
        if (process != null) {
            return;
        }
        try {
            process = Spares.launch(ChildSpec.worker(name, workers.jvmOptions, this), workers.spares);
        } catch (RuntimeException e) {
            deleteProgressFile();
            throw e;
        }
        child = process;
        workers.started(this);
        ChildProcess started = process;
        process.onExit(() -> ((LocalWorker) started.session()).processExited());
    }

    /**
     * Takes a parked worker of the reservoir, if one is there and alive, and enlists it: it
     * becomes this worker. Null when there is none.
     */
    private ChildProcess takeParked() {
        WorkerReservoir.Parked parked;
        while ((parked = WorkerReservoir.take(workers.key)) != null) {
            child = parked.child();
            if (parked.child().reassign(ChildSpec.worker(name, workers.jvmOptions, this))) {
                workers.started(this);
                write(connected(null, parked.channel()));
                return parked.child();
            }
            parked.child().signal(true); // its channel closed: it is on its way out
        }
        child = null;
        return null;
    }

    @Override
    public Frame connected(Hello hello, FrameChannel channel) {
        this.channel = channel;
        connected = true;
        events.started();
        return new Enlist(name, workers.daemon, CurrentProcess.self().name(), progressFile.toString(),
                workers.initializer);
    }

    @Override
    public void received(Frame frame) {
        if (frame instanceof Parked) {
            parked();
        } else if (frame instanceof TaskResults results) {
            try {
                if (results.batchId() == 0) {
                    ready = true;
                    events.ready(results.outcomes().isEmpty() ? null : results.outcomes().get(0));
                } else {
                    events.outcomes(results.batchId(), results.first(), results.outcomes(), results.busyNanos());
                }
            } catch (RuntimeException | Error e) {
                // a bug of jmp: the trace belongs in its report
                JmpLog.log(JmpLog.POOL, Level.ERROR, "[jmp.pool.internal] a pool failed to handle the results of "
                        + name + ": " + e, e);
            }
        }
    }

    @Override
    public void closed() {
        linkClosed.countDown();
    }

    @Override
    public void send(long batchId, List<TaskCall> calls) {
        write(new RunTasks(batchId, calls));
    }

    @Override
    public void sendChunk(long batchId, ChunkCall chunk) {
        write(new RunChunk(batchId, chunk));
    }

    @Override
    public void retire() {
        write(new Retire());
    }

    /**
     * Lets the worker go to the reservoir for the next pool once it holds nothing; retires it
     * when reuse is off or the JVM is exiting. A worker that cannot be handed on exits instead.
     */
    @Override
    public void release() {
        if (!workers.reuse() || ShutdownSequence.hasStarted()) {
            retire();
        } else {
            write(new Release());
        }
    }

    /**
     * On the channel's reader thread: the worker parked. From now on nothing here touches its
     * process; the reservoir has it, and the pool hears that this worker exited as a retired one.
     */
    private void parked() {
        released = true;
        deleteProgressFile();
        workers.exited(this);
        WorkerReservoir.offer(workers.key, new WorkerReservoir.Parked(child, channel), workers.reuseTimeout);
        events.exited(new WorkerExit(0, false, "its release to the next pool", List.of(), null));
    }

    @Override
    public void kill() {
        signal(true);
    }

    void signal(boolean force) {
        ChildProcess c = child;
        if (c != null && !released) {
            c.signal(force);
        }
    }

    boolean await(long millis) throws InterruptedException {
        ChildProcess c = child;
        return c == null || released || c.await(millis);
    }

    private void write(Frame frame) {
        if (released) {
            return; // another pool's worker now
        }
        // An interrupted thread writing to a socket channel would close it; the interrupt belongs
        // to the caller, not to the worker's channel.
        boolean interrupted = Thread.interrupted();
        try {
            channel.write(frame);
        } catch (IOException e) {
            // the worker died; its exit settles what it held
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The JVM has exited, and this object held it last: unless it was parked (then it is
     * dropped from the reservoir), its exit is reported on a thread of its own.
     */
    private void processExited() {
        if (released) {
            WorkerReservoir.forget(workers.key, child);
            return;
        }
        Thread reaper = new Thread(this::exited, "jmp-pool-reaper-" + name);
        reaper.setDaemon(true);
        reaper.start();
    }

    /** Once its last frames are read, reports how the JVM exited, and what it had done. */
    private void exited() {
        try {
            if (connected) {
                linkClosed.await(LAST_FRAMES_MILLIS, TimeUnit.MILLISECONDS); // read what it sent before it died
            }
            if (released) {
                WorkerReservoir.forget(workers.key, child); // it parked just before it died
                return;
            }
            if (!ready) {
                child.await(OUTPUT_MILLIS); // what the JVM said about its start belongs in the report
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = child.exitCode().orElse(Integer.MIN_VALUE);
        BatchProgress progress;
        try {
            progress = WorkerProgress.read(progressFile);
        } catch (IOException e) {
            progress = null;
        }
        deleteProgressFile();
        workers.exited(this);
        boolean known = code != Integer.MIN_VALUE;
        events.exited(new WorkerExit(code, known && code < 0, known ? ExitStatus.describe(code) : "an unknown end",
                child.stderrTail(), progress));
    }

    private void deleteProgressFile() {
        try {
            Files.deleteIfExists(progressFile);
        } catch (IOException e) {
            // the control directory goes at exit anyway
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
