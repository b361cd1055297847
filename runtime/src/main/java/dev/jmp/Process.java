package dev.jmp;

import dev.jmp.launch.CurrentProcess;
import dev.jmp.spi.RunningProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A task running in a child JVM; Python's {@code multiprocessing.Process}. Import it by name
 * ({@code import dev.jmp.Process;}) since it shares its simple name with {@code java.lang.Process}.
 *
 * <pre>{@code
 * Process p = new Process(GreeterTasks.greet("Alice"));
 * p.start();
 * p.join();
 * System.out.println(p.exitCode());   // OptionalInt[0]
 * }</pre>
 *
 * <p>The child's {@code System.out} and {@code System.err} reach this JVM's a whole line at a
 * time. An uncaught exception in the task prints the child's stack trace, headed
 * {@code Process <name>:}, and the exit code is 1. Exit codes follow Python: empty while running,
 * {@code N} after {@code System.exit(N)}, {@code -N} after death by signal {@code N}.
 *
 * <p>At exit the JVM terminates its daemon children and waits for the others. A child whose
 * parent dies, even by SIGKILL, exits within about a second. A child that dies without finishing
 * its task, and not by this object's {@link #terminate()} or {@link #kill()}, is reported with
 * its pid, exit code or signal and the last lines of its stderr, through the {@code dev.jmp.process}
 * {@link System.Logger} (a plain line on {@code System.err} while logging is not configured).
 * What the child logs through {@link Multiprocessing#getLogger()} reaches this JVM's logger.
 *
 * <p>Its context's {@link StartMethod} decides where the JVM comes from: booted by
 * {@link #start()} ({@link StartMethod#SPAWN}, the default), a spare booted ahead of time
 * ({@link StartMethod#WARM}), or a machine of a cluster ({@link StartMethod#CLUSTER}, through
 * the cluster backend), or a thread of this JVM ({@link StartMethod#THREAD}, Python's
 * {@code multiprocessing.dummy}), where what only a process can do is refused (see there).
 * Nothing else differs.
 *
 * <p>A {@code Process} is safe to use from several threads.
 */
public final class Process implements AutoCloseable {

    private static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();

    private final Context context;
    private final Task<?> task;
    private final List<String> jvmOptions = new ArrayList<>();
    private String name;
    private boolean daemon;
    private volatile RunningProcess child;
    private volatile boolean closed;
    private final CompletableFuture<Process> sentinel = new CompletableFuture<>();

    /** A process that will run {@code task} in the default context. */
    public Process(Task<?> task) {
        this(Context.defaultContext(), task);
    }

    Process(Context context, Task<?> task) {
        this.context = Objects.requireNonNull(context, "context");
        this.task = Objects.requireNonNull(task, "task");
        this.name = CurrentProcess.nextChildName();
    }

    /** The name: {@code Process-N} unless set. */
    public synchronized String name() {
        return name;
    }

    /** Renames the process; names need not be unique. */
    public synchronized Process name(String name) {
        this.name = Objects.requireNonNull(name, "name");
        return this;
    }

    public synchronized boolean isDaemon() {
        return daemon;
    }

    /**
     * Makes this a daemon (terminated when its parent exits); only before {@link #start()}. As in
     * Python, a daemon may not have children: a process, pool, executor or manager it starts
     * throws {@code [jmp.process.daemon-children]}.
     */
    public synchronized Process daemon(boolean daemon) {
        checkNew("set daemon");
        this.daemon = daemon;
        return this;
    }

    /** Adds options for this process's JVM, after the inherited and the context's; only before start. */
    public synchronized Process jvmOptions(String... options) {
        checkNew("add JVM options");
        for (String option : options) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
        }
        return this;
    }

    /** The task this process runs. */
    public Task<?> task() {
        return task;
    }

    /**
     * Starts the child JVM; returns once it is launched, without waiting for the task.
     *
     * @throws IllegalStateException when already started, or {@code [jmp.process.daemon-children]}
     *     when this JVM is a daemon process or a {@code Pool}'s worker
     */
    public synchronized void start() {
        checkOpen();
        if (child != null) {
            throw new IllegalStateException(name + " was already started; a process starts once, "
                    + "so create a new Process to run the task again");
        }
        CurrentProcess.checkMayStartChildren(name);
        child = context.backend().start(name, daemon, task.call(), context.launchOptions(jvmOptions));
        STARTED.add(this);
        child.onExit(this::exited);
    }

    /**
     * The process has exited: it is forgotten, as Python forgets finished children when the next
     * one starts, and its sentinel is done. Run by the backend's exit action, which may come a
     * little after the exit is known, and by whichever of {@link #join()}, {@link #isAlive()} and
     * {@link #exitCode()} learns of the exit first: once one of them has said so, the sentinel is
     * done, as Python's is ready once {@code join()} returns.
     */
    private void exited() {
        STARTED.remove(this);
        sentinel.complete(this);
    }

    /** Waits until the process exits and its output has been forwarded. */
    public void join() throws InterruptedException {
        started("join").await(-1);
        exited();
    }

    /** Waits at most {@code timeout}; returns whether the process has exited. */
    public boolean join(Duration timeout) throws InterruptedException {
        boolean ended = started("join").await(Math.max(0, timeout.toMillis()));
        if (ended) {
            exited();
        }
        return ended;
    }

    /** Whether the process was started and has not exited. */
    public boolean isAlive() {
        checkOpen();
        RunningProcess c = child;
        if (c == null) {
            return false;
        }
        boolean alive = c.isAlive();
        if (!alive) {
            exited();
        }
        return alive;
    }

    /**
     * Sends SIGTERM: the child runs its shutdown hooks and exits with code -15. A process of the
     * {@link StartMethod#THREAD} context is a thread, which nothing can stop from outside: it
     * throws an {@link UnsupportedOperationException} {@code [jmp.process.thread-no-kill]}; use
     * {@link #interrupt()}.
     */
    public void terminate() {
        started("terminate").terminate();
    }

    /** Sends SIGKILL: the child ends at once with code -9. Refused as {@link #terminate()} is on a thread. */
    public void kill() {
        started("kill").kill();
    }

    /**
     * Asks the child to stop as Ctrl-C would; Python 3.14's {@code interrupt()}. The thread
     * running the task is interrupted, so a blocking call there ({@code sleep}, {@code join},
     * {@code get}, a lock's {@code acquire}...) throws {@link InterruptedException}: let through,
     * it ends the child with its stack trace and exit code 1, as Python's
     * {@code KeyboardInterrupt} does; caught, the task decides. A task that never blocks nor
     * checks {@link Thread#interrupted()} goes on. No effect once the child has exited.
     */
    public void interrupt() {
        started("interrupt").interrupt();
    }

    /** The child's operating-system pid. */
    public long pid() {
        return started("get the pid of").pid();
    }

    /**
     * Where the child runs: {@code localhost} for a child of this machine; on a cluster
     * ({@link StartMethod#CLUSTER}), the address of the member it runs on, {@code host:port}.
     * Its {@link #pid()} is a process id on that host.
     */
    public String host() {
        return started("get the host of").host();
    }

    /**
     * Python's {@code sentinel}: a future completed with this process when it exits, for
     * {@link dev.jmp.connection.Connection#wait} (which waits for connections and sentinels alike)
     * or for {@code thenRun}. Available once the process is started.
     */
    public CompletableFuture<Process> sentinel() {
        started("get the sentinel of");
        return sentinel;
    }

    /** Empty until the process exits, then its exit code in Python's convention. */
    public OptionalInt exitCode() {
        checkOpen();
        RunningProcess c = child;
        OptionalInt code = c == null ? OptionalInt.empty() : c.exitCode();
        if (code.isPresent()) {
            exited();
        }
        return code;
    }

    /** Releases the process; it must not be running. Further use throws. Idempotent. */
    @Override
    public void close() {
        RunningProcess c = child;
        if (c != null && c.isAlive()) {
            throw new IllegalStateException("cannot close " + name + " while it is running; "
                    + "join(), terminate() or kill() it first");
        }
        closed = true;
        STARTED.remove(this);
    }

    /**
     * The started processes still alive; an exited one leaves {@code STARTED} once its exit is
     * known ({@link #exited()}).
     */
    static List<Process> active() {
        List<Process> alive = new ArrayList<>();
        for (Process p : STARTED) {
            if (p.child.isAlive()) {
                alive.add(p);
            }
        }
        return alive;
    }

    private RunningProcess started(String verb) {
        checkOpen();
        RunningProcess c = child;
        if (c == null) {
            throw new IllegalStateException("cannot " + verb + " " + name + " before it is started; call start() first");
        }
        return c;
    }

    private void checkNew(String what) {
        checkOpen();
        if (child != null) {
            throw new IllegalStateException("cannot " + what + " of " + name + " after start(); do it before");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(name + " is closed; create a new Process");
        }
    }

    @Override
    public String toString() {
        RunningProcess c = child;
        String state = c == null ? "initial" : c.exitCode().isPresent() ? "stopped exitcode=" + c.exitCode().getAsInt() : "started";
        return "<Process name='" + name + "'" + (c == null ? "" : " pid=" + c.pid()) + " " + state
                + (daemon ? " daemon" : "") + ">";
    }
}
