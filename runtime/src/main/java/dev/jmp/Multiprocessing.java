package dev.jmp;

import dev.jmp.launch.CurrentProcess;
import java.util.List;
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
        return CurrentProcess.self();
    }

    /** The process that started this one; empty in the main process (Python returns None). */
    public static Optional<ProcessInfo> parentProcess() {
        return CurrentProcess.parent();
    }

    /** The children this process started that are still running. */
    public static List<Process> activeChildren() {
        return Process.active();
    }

    /** The number of processors this JVM may use (its container or affinity limit included). */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The context for {@code method}; Python's {@code get_context(method)}. */
    public static Context getContext(StartMethod method) {
        return Context.of(method);
    }

    /** The context {@code new Process(task)} uses. */
    public static Context defaultContext() {
        return Context.defaultContext();
    }
}
