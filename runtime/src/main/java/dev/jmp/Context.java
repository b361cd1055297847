package dev.jmp;

import dev.jmp.backend.Backends;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.parent.ChildHeap;
import dev.jmp.launch.parent.ChildTuning;
import dev.jmp.launch.spares.SparePolicy;
import dev.jmp.launch.spares.Spares;
import dev.jmp.spi.BackendProvider;
import dev.jmp.spi.LaunchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A way of starting processes, with options shared by every process it starts; Python's
 * {@code multiprocessing.get_context()}. Immutable: the {@code with...} methods return a new
 * context. Pools, executors and managers take a context when they are made:
 * {@code new Pool(4, ctx)}, {@code new ProcessPoolExecutor(2, ctx)}, {@code Manager.start(ctx)}, or
 * the {@code context(ctx)} of their builders.
 *
 * <pre>{@code
 * Context big = Multiprocessing.getContext(StartMethod.SPAWN).withMaxHeap("2g");
 * Process p = big.process(ReportTasks.build(2026));
 * try (Pool pool = new Pool(4, big)) { ... }
 *
 * Context warm = Multiprocessing.getContext(StartMethod.WARM).withSpares(4, Duration.ofMinutes(5));
 * warm.prepareSpares();                      // boot them now, while the program reads its input
 * }</pre>
 *
 * <p>The heap of each child: what {@link #withMaxHeap} names; else the parent's {@code -Xmx},
 * when it was started with one; else a quarter of the machine's memory divided among the larger
 * of the CPU count and the pool's workers, at least 128 MB, so that the children of a pool stay
 * within a quarter of the memory together.
 */
public final class Context {

    /**
     * Spares a {@link StartMethod#WARM} context keeps by default. Two, measured on a 2-core
     * machine (BENCHMARKS.md, "Start methods"): one spare leaves back-to-back starts waiting on
     * the replacement's boot, and more than two boot no faster on two cores while each idle one
     * holds about 40 MB.
     */
    public static final int DEFAULT_SPARES = 2;

    /** How long an unclaimed spare lives by default before it is killed. */
    public static final Duration DEFAULT_SPARE_IDLE_TIMEOUT = Duration.ofSeconds(60);

    /**
     * How long a pool worker whose pool is done with it waits, by default, for the next pool or
     * executor to take it ({@link #withWorkerReuse}).
     */
    public static final Duration DEFAULT_WORKER_REUSE = Duration.ofSeconds(5);

    /**
     * The system property that sets the default of {@link #withWorkerReuse}: {@code false} (or
     * 0) turns reuse off, {@code true} keeps {@link #DEFAULT_WORKER_REUSE}, a number is the idle
     * timeout in milliseconds.
     */
    public static final String WORKER_REUSE_PROPERTY = "jmp.workerReuse";

    /** The system property that chooses the default start method, and tells a child its parent's. */
    static final String START_METHOD_PROPERTY = "jmp.startMethod";

    private static volatile Context defaultContext = of(ContextProperties.startMethod());
    /** The default context of a thread-backed process, as a child JVM's is the context that started it. */
    private static final Context THREAD_BACKED = of(StartMethod.THREAD);

    private final StartMethod startMethod;
    private final List<String> jvmOptions;
    private final int spares;
    private final Duration spareIdleTimeout;
    private final Optional<String> maxHeap;
    private final boolean fixedArchiveAddress;
    private final boolean warmUp;
    private final Duration workerReuse;

    private Context(StartMethod startMethod, List<String> jvmOptions, int spares, Duration spareIdleTimeout,
                    Optional<String> maxHeap, boolean fixedArchiveAddress, boolean warmUp, Duration workerReuse) {
        this.startMethod = startMethod;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.spares = spares;
        this.spareIdleTimeout = spareIdleTimeout;
        this.maxHeap = maxHeap;
        this.fixedArchiveAddress = fixedArchiveAddress;
        this.warmUp = warmUp;
        this.workerReuse = workerReuse;
    }

    static Context of(StartMethod method) {
        return new Context(Objects.requireNonNull(method, "method"), List.of(),
                method == StartMethod.WARM ? DEFAULT_SPARES : 0, DEFAULT_SPARE_IDLE_TIMEOUT, Optional.empty(),
                true, ContextProperties.warmUp(), ContextProperties.workerReuse());
    }

    /** How this context starts processes. */
    public StartMethod startMethod() {
        return startMethod;
    }

    /** JVM options added, after the inherited ones, to every process this context starts. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /**
     * Everything this context adds to the inherited options of a JVM it starts (process, pool
     * worker, manager server), but the heap: {@code -Djmp.startMethod} naming its start method,
     * then {@link #jvmOptions()}. So a child's default start method is the one it was started
     * with, as Python's child runs with its context's: a task started from a {@link StartMethod#WARM}
     * context starts its own processes warm.
     */
    public List<String> childJvmOptions() {
        List<String> options = new ArrayList<>(jvmOptions.size() + 1);
        options.add("-D" + START_METHOD_PROPERTY + "=" + startMethod.name().toLowerCase(Locale.ROOT));
        options.addAll(jvmOptions);
        return options;
    }

    /** The spares kept ready: {@link #DEFAULT_SPARES} for {@link StartMethod#WARM}, 0 for spawn. */
    public int spares() {
        return spares;
    }

    /**
     * How long an unclaimed spare lives before it is killed, counted from when the reservoir has
     * finished filling, so that even a timeout shorter than a JVM's boot lets all the spares be
     * ready at once.
     */
    public Duration spareIdleTimeout() {
        return spareIdleTimeout;
    }

    /** The maximum heap of each child JVM set by {@link #withMaxHeap}; empty for the default. */
    public Optional<String> maxHeap() {
        return maxHeap;
    }

    /**
     * Whether child JVMs map the JDK's class-data archive at the address it was made for; true
     * unless {@link #withFixedArchiveAddress} turned it off.
     */
    public boolean fixedArchiveAddress() {
        return fixedArchiveAddress;
    }

    /**
     * Whether warm spares warm jmp's own code up while they wait to be claimed: true unless
     * {@link #withWarmUp} or the system property {@code jmp.warmUp=false} turned it off.
     */
    public boolean warmUp() {
        return warmUp;
    }

    /**
     * How long a pool worker whose pool is done with it waits for the next pool or executor of
     * this context to take it; {@link Duration#ZERO} when workers are not reused. By default
     * {@link #DEFAULT_WORKER_REUSE}, or what the system property {@value #WORKER_REUSE_PROPERTY}
     * says.
     */
    public Duration workerReuse() {
        return workerReuse;
    }

    /**
     * A context like this one whose pools hand their idle workers on, as loky's reusable executor
     * does: a {@link dev.jmp.pool.Pool} that is closed or shut down, or a
     * {@link dev.jmp.pool.ProcessPoolExecutor} that is shut down or closed, leaves the workers that run no
     * task in a process-wide reservoir, and the next pool or executor whose workers would start
     * with the same {@code java}, class path, JVM options and initializer takes them, warm,
     * instead of starting JVMs. A worker nobody takes within {@code idleTimeout} exits; so do the
     * parked workers when this program exits, or when {@link Multiprocessing#releaseWorkers} is
     * called. {@link Duration#ZERO} turns reuse off: every pool starts its own workers, and they
     * exit with it.
     *
     * <p>Never reused: the workers of {@code terminate()}, {@code terminateWorkers()},
     * {@code killWorkers()}, {@code shutdownNow()}, a worker that died or was killed, the workers
     * of a pool with {@code maxTasksPerChild} (which neither hands its workers on nor takes
     * others), and a worker whose tasks left a child process or a non-daemon thread running. What a
     * reused worker keeps from the pools before, as a reused Python worker does: static fields of
     * the tasks' classes and what they hold, thread-locals of its task thread, system properties,
     * daemon threads, open files, loaded classes and compiled code. What it does not: its name,
     * daemon flag and pid in {@code currentProcess()} are the new pool's, its interrupt flag is
     * clear, and the new pool's initializer, the same as the last one's, runs again.
     */
    public Context withWorkerReuse(Duration idleTimeout) {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative()) {
            throw new IllegalArgumentException("[jmp.context.worker-reuse] a worker reuse idle timeout of "
                    + idleTimeout + " is negative; pass a positive duration, or Duration.ZERO to turn reuse off");
        }
        return new Context(startMethod, jvmOptions, spares, spareIdleTimeout, maxHeap, fixedArchiveAddress, warmUp,
                idleTimeout);
    }

    /**
     * A context like this one whose child JVMs map the JDK's class-data archive (CDS) at the
     * address it was made for ({@code true}, the default) or wherever the JDK places it
     * ({@code false}). Many JDKs place it at a random address, and then rewrite its pointers in
     * every JVM, which makes about 10 MB of it private to each child and slows its boot; mapped
     * where it was made, the archive stays shared by all the JVMs that map it. What it trades is
     * the archive's address randomisation (ASLR) in the children: pass {@code false} where that
     * hardening matters more than memory. The option is {@code -XX:ArchiveRelocationMode=0}, added
     * on HotSpot JDKs that have it and never over an {@code ArchiveRelocationMode} of the
     * parent's or of {@link #withJvmOptions}.
     */
    public Context withFixedArchiveAddress(boolean fixed) {
        return new Context(startMethod, jvmOptions, spares, spareIdleTimeout, maxHeap, fixed, warmUp, workerReuse);
    }

    /**
     * A context like this one whose warm spares do ({@code true}, the default) or do not warm
     * jmp's own code up. Warming up, a spare runs jmp's frames, codecs, task loop, locks, queues
     * and pipes some ten thousand times on objects of its own, removed afterwards, so that the task
     * it is given runs jmp's code compiled. It does so while it waits to be claimed, on a thread of
     * its own, in rounds that start only when the other processes leave most of the machine idle
     * (on Linux; elsewhere whenever it waits): a spare is ready as soon as it has booted, a claim
     * stops the warm-up before the task starts, and on a busy machine a spare stays cold rather
     * than take the CPU from the program it serves. It costs each spare about a second of CPU
     * time, once, and a few MB of compiled code. Pool workers do not warm up this way: they warm up
     * on their work. {@code -Djmp.warmUp=false} turns it off for every context whose warm-up is not
     * set here; {@code -Djmp.warmUp=always} lets spares warm up whatever the machine's load.
     */
    public Context withWarmUp(boolean warm) {
        return new Context(startMethod, jvmOptions, spares, spareIdleTimeout, maxHeap, fixedArchiveAddress, warm,
                workerReuse);
    }

    /** A context like this one that also passes {@code options} to its child JVMs. */
    public Context withJvmOptions(String... options) {
        List<String> all = new ArrayList<>(jvmOptions);
        for (String option : options) {
            all.add(Objects.requireNonNull(option, "option"));
        }
        return new Context(startMethod, all, spares, spareIdleTimeout, maxHeap, fixedArchiveAddress, warmUp,
                workerReuse);
    }

    /**
     * A context like this one whose child JVMs (processes, pool workers, manager servers) each
     * get {@code size} as their maximum heap, written as {@code -Xmx} takes it: {@code "512m"},
     * {@code "2g"}. It replaces the default share and the parent's {@code -Xmx}; an {@code -Xmx}
     * in {@link #withJvmOptions} or a process's own options still wins over it.
     */
    public Context withMaxHeap(String size) {
        return new Context(startMethod, jvmOptions, spares, spareIdleTimeout, Optional.of(ChildHeap.checkSize(size)),
                fixedArchiveAddress, warmUp, workerReuse);
    }

    /**
     * A {@link StartMethod#WARM} context like this one that keeps {@code count} spares (at least
     * one), each killed if nobody claims it within {@code idleTimeout} of the reservoir's having
     * filled up (spares boot one at a time, and none is retired while the others still boot).
     */
    public Context withSpares(int count, Duration idleTimeout) {
        if (startMethod != StartMethod.WARM) {
            throw new IllegalStateException("spares are for the WARM start method, and this context is "
                    + startMethod + "; use Multiprocessing.getContext(StartMethod.WARM).withSpares(...)");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a WARM context keeps at least one spare, not " + count
                    + "; for cold starts use StartMethod.SPAWN");
        }
        new SparePolicy(count, idleTimeout); // checks the timeout
        return new Context(startMethod, jvmOptions, count, idleTimeout, maxHeap, fixedArchiveAddress, warmUp,
                workerReuse);
    }

    /** A new, unstarted process that runs {@code task} with this context's options. */
    public Process process(Task<?> task) {
        return new Process(this, task);
    }

    /**
     * Starts booting this context's spares now, in the background, so that even the first
     * {@link Process#start()} finds one ready; Python's forkserver preload. Does nothing for
     * {@link StartMethod#SPAWN}. Returns this context.
     */
    public Context prepareSpares() {
        if (spares > 0) {
            Spares.prepare(processJvmOptions(List.of()), sparePolicy());
        }
        return this;
    }

    /**
     * Like {@link #prepareSpares()}, then waits until all the spares have booted and wait for a
     * task; returns whether they did within {@code timeout}. True at once for spawn.
     */
    public boolean awaitSpares(Duration timeout) throws InterruptedException {
        return spares == 0 || Spares.awaitReady(processJvmOptions(List.of()), sparePolicy(), timeout);
    }

    /** The spares to keep for this context's processes: none unless it is {@link StartMethod#WARM}. */
    SparePolicy sparePolicy() {
        return new SparePolicy(spares, spareIdleTimeout);
    }

    /** Where this context's processes run: local child JVMs, threads, or the cluster backend on the class path. */
    BackendProvider backend() {
        return switch (startMethod) {
            case SPAWN, WARM -> Backends.local();
            case CLUSTER -> Backends.cluster();
            case THREAD -> Backends.thread();
        };
    }

    /** How this context starts a process whose own JVM options are {@code own}. */
    LaunchOptions launchOptions(List<String> own) {
        return new LaunchOptions(processJvmOptions(own), spares, spareIdleTimeout, workerReuse);
    }

    /**
     * The options this context adds for one process whose own options are {@code own}: the heap,
     * then {@link #childJvmOptions()}, then {@code own}. Spares are booted with those of a process
     * that has none of its own.
     */
    List<String> processJvmOptions(List<String> own) {
        List<String> options = childJvmOptions();
        options.addAll(own);
        return tuning().options(1, options);
    }

    /** What this context chose for its child JVMs besides their options, as the launcher takes it. */
    ChildTuning tuning() {
        return new ChildTuning(maxHeap, fixedArchiveAddress, warmUp);
    }

    /**
     * The context of {@code new Process(task)}: the start method set by
     * {@link Multiprocessing#setStartMethod}, else by the system property
     * {@code jmp.startMethod} ({@code spawn}, {@code warm}, {@code cluster} or {@code thread}), else spawn. In a
     * child the property names the start method of the context that started it
     * ({@link #childJvmOptions()}); in a thread-backed process or pool worker, the thread context.
     */
    static Context defaultContext() {
        return CurrentProcess.isThreadBacked() ? THREAD_BACKED : defaultContext;
    }

    static void setDefault(StartMethod method) {
        defaultContext = of(method);
    }

    @Override
    public String toString() {
        return "Context[" + startMethod + (spares == 0 ? "" : ", spares=" + spares + " idle " + spareIdleTimeout)
                + maxHeap.map(size -> ", maxHeap=" + size).orElse("")
                + (fixedArchiveAddress ? "" : ", relocatable archive") + (warmUp ? "" : ", no warm-up")
                + (workerReuse.equals(ContextProperties.workerReuse()) ? "" : workerReuse.isZero() ? ", no worker reuse"
                        : ", worker reuse " + workerReuse)
                + (jvmOptions.isEmpty() ? "" : ", " + jvmOptions) + "]";
    }
}
