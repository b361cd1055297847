package dev.jmp;

import dev.jmp.backend.Backends;
import dev.jmp.base.JmpLog;
import dev.jmp.base.RoutedLogger;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.spares.Spares;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The module-level functions of Python's {@code multiprocessing}.
 *
 * <pre>{@code
 * System.out.println(Multiprocessing.currentProcess().name());   // MainProcess
 * System.out.println(Multiprocessing.cpuCount());
 * }</pre>
 */
public final class Multiprocessing {

    private Multiprocessing() {}

    /** This process: {@code MainProcess} in the program's own JVM, {@code Process-1}… in a child. */
    public static ProcessInfo currentProcess() {
        return info(CurrentProcess.self());
    }

    /** The process that started this one; empty in the main process (Python returns None). */
    public static Optional<ProcessInfo> parentProcess() {
        return CurrentProcess.parent().map(Multiprocessing::info);
    }

    private static ProcessInfo info(CurrentProcess.Identity process) {
        return new ProcessInfo(process.name(), process.pid(), process.daemon());
    }

    /** The children this process started that are still running. */
    public static List<Process> activeChildren() {
        return Process.active();
    }

    /** The number of processors this JVM may use (its container or affinity limit included). */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Python's {@code get_logger()}: the logger {@code dev.jmp}, parent of the loggers jmp reports
     * through ({@code dev.jmp.process}, {@code dev.jmp.pool}, ...; see the README). What a child
     * logs through it reaches the parent's logger as a record, headed with the child's name and
     * pid; so do jmp's own records in a child. Route or silence them as any {@link System.Logger}'s:
     * {@code dev.jmp.level = OFF} in a JUL configuration, or the SLF4J or Log4j configuration of a
     * program that has their {@code System.LoggerFinder}.
     */
    public static System.Logger getLogger() {
        return new RoutedLogger(JmpLog.ROOT);
    }

    /**
     * Python's {@code log_to_stderr(level)}: from now on jmp's records of {@code level} and above,
     * this process's and its children's, are written to {@code System.err} as
     * {@code [WARNING/Process-1] message}, and go to no logger; the others are dropped.
     * {@code logToStderr(Level.OFF)} silences jmp. Returns {@link #getLogger()}.
     *
     * <pre>{@code
     * Multiprocessing.logToStderr(System.Logger.Level.INFO);
     * }</pre>
     */
    public static System.Logger logToStderr(System.Logger.Level level) {
        JmpLog.logToStderr(Objects.requireNonNull(level, "level"));
        return getLogger();
    }

    /** The context for {@code method}; Python's {@code get_context(method)}. */
    public static Context getContext(StartMethod method) {
        return Context.of(method);
    }

    /**
     * Python's {@code set_start_method}: the start method of processes, pools and executors
     * created afterwards without a context. The system property {@code jmp.startMethod}
     * ({@code spawn}, {@code warm}, {@code cluster} or {@code thread}) sets it from the command line.
     */
    public static void setStartMethod(StartMethod method) {
        Context.setDefault(method);
    }

    /**
     * Python's {@code get_start_method}: the start method of the default context. In a child, as
     * in Python, it is at first the start method the child itself was started with; in a
     * thread-backed process or pool worker it is {@link StartMethod#THREAD}, and so is the
     * default context there.
     */
    public static StartMethod getStartMethod() {
        return Context.defaultContext().startMethod();
    }

    /**
     * Kills every warm spare JVM this program keeps waiting ({@link StartMethod#WARM}), of every
     * context, and waits until they are gone; the next warm start boots new ones. For a program
     * done starting processes that wants the memory back at once rather than after the idle
     * timeout. Returns whether they were gone within {@code timeout}.
     */
    public static boolean releaseSpares(Duration timeout) throws InterruptedException {
        return Spares.releaseAll(timeout);
    }

    /**
     * Python's {@code multiprocessing.dummy}: the {@link StartMethod#THREAD} context, whose
     * processes, pools and executors run the same tasks on threads of this JVM, with the same
     * verbs, results and exceptions, but for what only a process can do (see
     * {@link StartMethod#THREAD}). Queues, locks and the other shared objects need nothing of their
     * own: the usual ones work between threads.
     *
     * <pre>{@code
     * Context dummy = Multiprocessing.dummy();
     * try (Pool pool = new Pool(8, dummy)) { ... }          // or new ThreadPool(8)
     * Process p = dummy.process(FetchTasks.fetch(url));
     * }</pre>
     */
    public static Context dummy() {
        return Context.of(StartMethod.THREAD);
    }

    /**
     * Ends every pool worker kept for the next pool ({@link Context#withWorkerReuse}) and waits
     * until they are gone; the next pool starts new ones. For a program done with pools that wants
     * the memory back at once rather than after the idle timeout. Returns whether they were gone
     * within {@code timeout}.
     */
    public static boolean releaseWorkers(Duration timeout) throws InterruptedException {
        return Backends.releaseWorkers(timeout);
    }

    /** The context {@code new Process(task)} uses. */
    public static Context defaultContext() {
        return Context.defaultContext();
    }
}
