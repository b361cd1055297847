package dev.jmp.launch.parent;

import dev.jmp.base.Deadline;
import dev.jmp.base.JmpLog;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.link.Assign;
import dev.jmp.link.Frame;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.Hello;
import dev.jmp.link.Interrupt;
import dev.jmp.link.LinkListener;
import dev.jmp.link.LogRecord;
import dev.jmp.spi.RunningProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The parent's view of one running child JVM: its OS process, its output pumps, and what its
 * control channel said. Made by {@link ChildLauncher}.
 *
 * <p>A child is started either for its {@link ChildSpec}, or as a warm spare without one: the
 * spare boots, connects and is left waiting until {@link #claim} gives it its spec, and with it
 * the first frame it was waiting for. Until then it is nobody's process: it reports nothing, and
 * it is killed at exit.
 */
public final class ChildProcess implements LinkListener, RunningProcess {

    private final String spareName;
    /** Null while an unclaimed spare; set once. */
    private volatile ChildSpec spec;
    /** A spare that connected before it was claimed: the hello and channel to answer on. */
    private Hello waitingHello;
    private FrameChannel waitingChannel;
    /** A process child's channel once its assignment was sent on it; null before. Guarded by this. */
    private FrameChannel assigned;
    /** {@link #interrupt()} was asked before the child had its assignment. Guarded by this. */
    private boolean interruptPending;
    private java.lang.Process process;
    /** The process's {@code onExit()}, made once: every exit action hangs on it ({@link ExitActions}). */
    private volatile CompletableFuture<java.lang.Process> exited;
    private OutputPump out;
    private OutputPump err;
    private volatile boolean connected;
    private final ExitAccount exit = new ExitAccount();
    private volatile Path argFile;
    private final CompletableFuture<Void> waiting = new CompletableFuture<>();

    ChildProcess(ChildSpec spec) {
        this.spec = spec;
        this.spareName = null;
    }

    private ChildProcess(String spareName) {
        this.spareName = spareName;
    }

    /** A spare, claimed later by {@link #claim}. */
    static ChildProcess spare(String name) {
        return new ChildProcess(name);
    }

    void started(java.lang.Process process, OutputPump out, OutputPump err) {
        this.process = process;
        this.exited = process.onExit();
        this.out = out;
        this.err = err;
    }

    /**
     * Sets the argument file the child's JVM reads at start, deleting the previous one; called
     * with {@code null} once the JVM is up or gone.
     */
    synchronized void argFile(Path file) {
        Path old = argFile;
        argFile = file;
        if (old != null && file == null) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // the control directory is removed at exit anyway
            }
        }
    }

    public String name() {
        ChildSpec s = spec;
        return s == null ? spareName : s.name();
    }

    /** Whether the child is terminated at exit: daemons and unclaimed spares are. */
    public boolean daemon() {
        ChildSpec s = spec;
        return s == null || s.daemon();
    }

    /**
     * The session of a pool worker: whoever holds it now, which gets its frames, the end of its
     * channel, and, through its own exit callback, its exit; null for a process child or a spare.
     */
    public synchronized LinkListener session() {
        ChildSpec s = spec;
        return s == null ? null : s.session();
    }

    /**
     * Hands this pool worker, parked between two pools, to the worker {@code next} of the next
     * pool: its frames and the end of its channel go to {@code next}'s session from now on, and so
     * does its exit to whoever reads {@link #session()} once it has exited. Returns false, changing
     * nothing, if it has died or its channel has closed.
     */
    public synchronized boolean reassign(ChildSpec next) {
        if (spec == null || !spec.isWorker() || !next.isWorker()) {
            throw new IllegalStateException(name() + " is no pool worker and cannot be handed to another pool");
        }
        if (!process.isAlive() || exit.channelEnded()) {
            return false;
        }
        spec = next;
        out.rename(ChildLauncher.pumpName(next.name(), "out"));
        err.rename(ChildLauncher.pumpName(next.name(), "err"));
        return true;
    }

    /** Whether this is a spare nobody has claimed yet. */
    boolean isIdleSpare() {
        return spec == null;
    }

    /**
     * Makes this spare the child of {@code spec}: answers its hello now if it is waiting, or when
     * it connects. Returns false, leaving the spare unclaimed, if it is dead or its channel closed.
     */
    public synchronized boolean claim(ChildSpec spec) {
        if (this.spec != null) {
            throw new IllegalStateException(name() + " was already claimed; a spare runs one task");
        }
        if (!process.isAlive() || exit.channelEnded()) {
            return false;
        }
        this.spec = spec;
        out.rename(ChildLauncher.pumpName(spec.name(), "out"));
        err.rename(ChildLauncher.pumpName(spec.name(), "err"));
        if (waitingChannel != null) {
            FrameChannel channel = waitingChannel;
            Hello hello = waitingHello;
            waitingChannel = null;
            waitingHello = null;
            answer(hello, channel);
        }
        return true;
    }

    /**
     * Under this object's lock: sends the first frame to a claimed or connected child, and, to a
     * process child, the interrupt asked for before it had its assignment.
     */
    private void answer(Hello hello, FrameChannel channel) {
        try {
            channel.write(firstFrame(hello, channel));
            if (!spec.isWorker()) {
                assigned = channel;
                if (interruptPending) {
                    channel.write(new Interrupt());
                }
            }
        } catch (IOException e) {
            // It died meanwhile: from here it is this spec's child, and its death is reported as
            // any child's would be.
        }
    }

    @Override
    public long pid() {
        return process.pid();
    }

    /** A child runs on this machine. */
    @Override
    public String host() {
        return "localhost";
    }

    /** Runs {@code action} once the OS process has exited. */
    @Override
    public void onExit(Runnable action) {
        ExitActions.after(exited, action);
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public Frame connected(Hello hello, FrameChannel channel) {
        connected = true;
        argFile(null); // the JVM has read it
        synchronized (this) {
            if (spec != null) {
                // Written here, under the lock, so that an interrupt never goes before it.
                answer(hello, channel);
                return null;
            }
            waitingHello = hello;
            waitingChannel = channel;
        }
        waiting.complete(null); // outside the lock: whoever waits for spares takes theirs
        return null; // answered by claim()
    }

    /** Whether this spare has booted and connected, and waits to be claimed. */
    public boolean isWaiting() {
        return waiting.isDone() && spec == null;
    }

    /** Waits up to {@code millis} until this spare has booted and connected, or has died. */
    public void awaitBooted(long millis) throws InterruptedException {
        try {
            CompletableFuture.anyOf(waiting, exited).get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the caller goes on either way
        }
    }

    /** Runs {@code action} once this spare has booted and connected. */
    public void onWaiting(Runnable action) {
        waiting.thenRun(action);
    }

    private Frame firstFrame(Hello hello, FrameChannel channel) {
        if (spec.isWorker()) {
            return spec.session().connected(hello, channel);
        }
        return new Assign(spec.name(), spec.daemon(), CurrentProcess.self().name(), spec.task());
    }

    @Override
    public void received(Frame frame) {
        ChildSpec s = spec;
        if (s == null) {
            return; // a spare says nothing before it is claimed
        }
        if (frame instanceof LogRecord r) {
            JmpLog.fromChild(s.name(), pid(), r.logger(), r.level(), r.message(), r.thrown());
            return;
        }
        exit.heard(frame);
        if (s.isWorker()) {
            s.session().received(frame);
        }
    }

    @Override
    public void closed() {
        ChildSpec s;
        synchronized (this) {
            exit.channelClosed();
            s = spec;
            // Nothing more goes on a closed channel; a finished child held by its caller must not
            // keep the channel's buffers too.
            assigned = null;
            waitingChannel = null;
            waitingHello = null;
        }
        if (s != null && s.isWorker()) {
            s.session().closed();
        }
    }

    @Override
    public void terminate() {
        signal(false);
    }

    @Override
    public void kill() {
        signal(true);
    }

    /**
     * Has the child interrupt its task's thread: now if it has its assignment, else right after
     * it. No effect once it has exited.
     */
    @Override
    public void interrupt() {
        FrameChannel channel;
        synchronized (this) {
            if (!process.isAlive()) {
                return;
            }
            channel = assigned;
            if (channel == null) {
                interruptPending = true;
                return;
            }
        }
        // A socket channel written by an interrupted thread is closed; the caller's interrupt is
        // not the child's business.
        boolean interrupted = Thread.interrupted();
        try {
            channel.write(new Interrupt());
        } catch (IOException e) {
            // it exited meanwhile
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends SIGTERM ({@code force} false) or SIGKILL; no effect once the child has exited. */
    public void signal(boolean force) {
        if (process.isAlive()) {
            exit.sent(force ? 9 : 15);
            if (force) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
        }
    }

    /**
     * Waits up to {@code millis} (negative: forever) for the child to exit and for its output to
     * be forwarded; returns whether it exited.
     */
    @Override
    public boolean await(long millis) throws InterruptedException {
        Deadline deadline = millis < 0 ? Deadline.NONE : Deadline.afterNanos(TimeUnit.MILLISECONDS.toNanos(millis));
        if (deadline.isNone()) {
            process.waitFor();
        } else if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        // Output still in the pipe belongs before whatever the caller prints next; a grandchild
        // that inherited the pipe could hold it open, so the wait is bounded.
        long left = deadline.isNone() ? 5_000 : Math.max(1, deadline.remainingMillis());
        out.awaitEnd(left);
        err.awaitEnd(left);
        return true;
    }

    /** Python's exit code: empty while running, {@code -N} after signal N. */
    @Override
    public OptionalInt exitCode() {
        if (process.isAlive()) {
            return OptionalInt.empty();
        }
        exit.awaitLastFrames(connected);
        return OptionalInt.of(exit.exitCode(process.exitValue()));
    }

    /**
     * Whether the child died without finishing its task and without being told to: it never
     * connected, or it vanished without a goodbye.
     */
    boolean diedUnexpectedly() throws InterruptedException {
        ChildSpec s = spec;
        if (s == null) {
            return false; // an unclaimed spare ran nothing; killing it is routine
        }
        if (s.isWorker()) {
            return false; // its session reports what the death means for its tasks
        }
        exit.awaitLastFrames(connected);
        return !process.isAlive() && exit.unaccounted();
    }

    /** The last lines the child wrote to its stderr, for failure reports. */
    public List<String> stderrTail() {
        return err.tail();
    }

    /** What the user sees when a child died unexpectedly. */
    String deathReport() {
        int code = exitCode().orElse(0);
        StringBuilder report = new StringBuilder("[jmp] ").append(spec.name()).append(" (pid ").append(pid())
                .append(connected ? ") died while running " : ") died before it could start ")
                .append(spec.task().description()).append(": ").append(ExitStatus.describe(code));
        List<String> tail = err.tail();
        if (!tail.isEmpty()) {
            report.append("; last lines of its stderr:");
            for (String line : tail) {
                report.append(System.lineSeparator()).append("    ").append(line);
            }
        }
        return report.toString();
    }
}
