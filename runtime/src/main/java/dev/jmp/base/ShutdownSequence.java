package dev.jmp.base;

import java.util.ArrayList;
import java.util.List;

/**
 * jmp's single JVM shutdown hook, running its actions in a fixed order. Separate hooks would run
 * concurrently, and the order matters: work still given to executors is finished first, while
 * their workers may still be started; then children are stopped or joined, while the control
 * socket and shared memory they use still exist; those are removed after.
 *
 * <p>How the exit began changes what the actions do. After the end of {@code main} or a
 * {@code System.exit}, Python's rules: executors finish their work, daemon children are
 * terminated and the others joined. After a signal (SIGTERM, SIGINT, SIGHUP; {@link #signal()}),
 * the process is being stopped and must end promptly, as a Python process does on SIGTERM: no
 * work is finished and every child is terminated, none joined. A signal that arrives while the
 * sequence waits (for an executor's work, for a child) ends the wait the same way, and the JVM
 * then exits with the signal's status: the JVM itself would only ignore it, its exit being under
 * way, where Python's default handler would end the process. A thread whose jmp call fails
 * because of that stop (the main thread waiting in {@code Pool.map} when Ctrl-C comes) ends
 * without a stack trace, the exit reporting it in one line ({@link SignalledExit}).
 */
public final class ShutdownSequence {

    /** When an action runs; phases run in declaration order. */
    public enum Phase {
        /** Finish the work of executors that were never shut down; nothing after a signal. */
        WORK,
        /** Terminate daemon children, join the others; after a signal, terminate them all. */
        CHILDREN,
        /** Remove control sockets, shared memory and other files. */
        RESOURCES
    }

    /** A wait of up to {@code millis} that says whether what it waits for has happened. */
    public interface TimedWait {
        boolean await(long millis) throws InterruptedException;
    }

    /** How often a wait in the sequence looks for a signal. */
    private static final long SIGNAL_POLL_MILLIS = 100;

    private static final List<List<Runnable>> ACTIONS = new ArrayList<>();
    private static boolean installed;
    private static volatile boolean started;
    /** The phase running or last run; null before the sequence starts. */
    private static volatile Phase reached;
    private static volatile int signal;

    private ShutdownSequence() {}

    /** Runs {@code action} at JVM exit, in {@code phase}; actions of one phase run in order added. */
    public static synchronized void add(Phase phase, Runnable action) {
        if (!installed) {
            for (int i = 0; i < Phase.values().length; i++) {
                ACTIONS.add(new ArrayList<>());
            }
            Thread hook = new Thread(ShutdownSequence::runAll, "jmp-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            installed = true;
        }
        ACTIONS.get(phase.ordinal()).add(action);
    }

    /** Whether the JVM is exiting and the sequence has begun: nothing new should be started. */
    public static boolean hasStarted() {
        return started;
    }

    /**
     * Whether the sequence has begun {@code phase} (or a later one). Executors may still start
     * workers while they finish their work, until {@link Phase#CHILDREN}.
     */
    public static boolean hasReached(Phase phase) {
        Phase now = reached;
        return now != null && now.compareTo(phase) >= 0;
    }

    /**
     * Once the sequence has started, the signal that began the exit or arrived since ({@code 15}
     * for SIGTERM, {@code 2} for SIGINT, {@code 1} for SIGHUP), or 0 while there is none: the
     * exit is the end of {@code main} or a {@code System.exit}.
     */
    public static int signal() {
        int s = signal;
        if (s == 0 && started) {
            s = ExitSignal.received(); // a late signal's handler waits, blocked, for the exit to end
            if (s != 0) {
                signal = s;
            }
        }
        return s;
    }

    /**
     * Runs {@code wait} in short steps until it is done, or a signal has arrived; returns whether
     * it is done. The actions' waits that may last (a child, an executor's work) go through here.
     */
    public static boolean awaitUnlessSignalled(TimedWait wait) throws InterruptedException {
        while (!wait.await(SIGNAL_POLL_MILLIS)) {
            if (signal() != 0) {
                return false;
            }
        }
        return true;
    }

    private static void runAll() {
        int began = ExitSignal.received();
        signal = began;
        started = true;
        if (began != 0) {
            SignalledExit.install(began); // before a pool call fails in the stop that follows
        }
        List<List<Runnable>> phases;
        synchronized (ShutdownSequence.class) {
            phases = new ArrayList<>(ACTIONS);
        }
        Phase[] names = Phase.values();
        for (int i = 0; i < phases.size(); i++) {
            reached = names[i];
            for (Runnable action : List.copyOf(phases.get(i))) {
                try {
                    action.run();
                } catch (RuntimeException | Error e) {
                    JmpLog.log(JmpLog.RUNTIME, System.Logger.Level.ERROR, "[jmp] shutdown action failed: " + e);
                }
            }
        }
        int late = signal();
        if (began == 0 && late != 0) {
            Runtime.getRuntime().halt(128 + late);
        }
    }
}
