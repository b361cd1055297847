package dev.jmp.launch.child;

import dev.jmp.base.ExitSignal;
import dev.jmp.base.JmpLog;
import dev.jmp.base.ProcessName;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.link.Assign;
import dev.jmp.link.Enlist;
import dev.jmp.link.Exiting;
import dev.jmp.link.Goodbye;
import dev.jmp.link.RunTasks;
import dev.jmp.link.TaskResults;
import dev.jmp.spi.Outcome;
import java.util.function.Supplier;

/**
 * What a warm spare does before it says hello to its parent: the work every child does between
 * its assignment and its exit that does not depend on the task, done ahead so a claimed spare
 * spends its time on the task. Done before the hello (it takes milliseconds), so that a spare its
 * parent sees waiting is ready. It loads jmp's classes of that path and the entry class of every
 * task in the class path's task index (loaded, not initialised: no code of the program runs),
 * and bootstraps the JDK's lambda and string-concatenation machinery, which costs milliseconds
 * on first use in any JVM.
 *
 * <p>A cold child skips this: its parent answers at once, and the task may not need it all. The
 * JIT warm-up that runs beside the wait for a claim, which the parent may turn off, is
 * {@link ChildWarmUp}'s.
 */
final class SpareWarmUp {

    /** jmp's classes between an assignment and the exit, of a process child and a worker. */
    private static final Class<?>[] PATH = {
        Assign.class, Enlist.class, TaskCall.class, WireInput.class, Goodbye.class, Exiting.class,
        CurrentProcess.Identity.class, CurrentProcess.class, TaskEntry.class, WorkerLoop.class, WorkerProgress.class,
        TaskEntries.class, RunTasks.class, TaskResults.class, Outcome.class,
        ParentLog.class, JmpLog.class, ProcessName.class, ExitSignal.class,
        // and those a spare loads between its hello and its claim
        ParentWatchdog.class
    };

    /**
     * The JDK's classes a child loads only at its exit (the shutdown hooks' iteration, the
     * watchdog's read ending on a closed channel): outside the class-data archive some of them,
     * and each a file read while the parent waits in {@code join()}.
     */
    private static final String[] JDK_EXIT_PATH = {
        "java.util.IdentityHashMap$IdentityHashMapIterator", "java.util.IdentityHashMap$KeyIterator",
        "java.util.concurrent.ConcurrentHashMap$KeyIterator", "java.nio.channels.ClosedChannelException",
        "java.nio.channels.AsynchronousCloseException"
    };

    private SpareWarmUp() {}

    static void run() {
        ClassLoader loader = SpareWarmUp.class.getClassLoader();
        for (Class<?> type : PATH) {
            try {
                Class.forName(type.getName(), true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a warm-up: the task will report what is really missing
            }
        }
        for (String name : JDK_EXIT_PATH) {
            try {
                Class.forName(name, false, null);
            } catch (ClassNotFoundException | LinkageError e) {
                // another JDK's internals: only a warm-up
            }
        }
        TaskEntries.preloadIndexed(loader);
        Supplier<String> concat = () -> "jmp-" + ProcessHandle.current().pid();
        concat.get();
    }
}
