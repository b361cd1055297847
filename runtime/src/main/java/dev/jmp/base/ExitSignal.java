package dev.jmp.base;

/**
 * Which signal, if any, started this JVM's exit, asked from a shutdown hook. The JVM runs its
 * hooks both for {@code System.exit(143)} and for SIGTERM, and reports status 143 for both; only
 * the thread that began the exit tells them apart. For SIGTERM, SIGINT and SIGHUP, the JDK's
 * signal dispatch runs the exit on a thread of its own named {@code SIGTERM handler} (and so on),
 * which stays alive while the hooks run; OpenJDK 17 to 25 name it so. Should a JDK name it
 * otherwise, the exit is taken for a {@code System.exit}, as it was before this check.
 *
 * <p>Both sides ask: a child tells its parent how it is exiting, and every JVM's
 * {@link ShutdownSequence} stops its children at once, instead of joining them, when a signal
 * ended it, as a Python process killed by SIGTERM does not wait for its children.
 */
public final class ExitSignal {

    /** The JDK's names of the threads that run the exit for SIGTERM, SIGINT and SIGHUP. */
    private static final String[] HANDLERS = {"SIGTERM handler", "SIGINT handler", "SIGHUP handler"};
    private static final int[] NUMBERS = {15, 2, 1};

    private ExitSignal() {}

    /** From a shutdown hook: the number of the signal whose handler is exiting this JVM, or 0. */
    public static int received() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        // Names only, no stack traces and no string concatenation (whose first use in a JVM costs
        // milliseconds of method-handle spinning): this runs at every child's exit, and
        // start-to-join time counts.
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        for (int t = 0; t < n; t++) {
            String name = threads[t].getName();
            for (int i = 0; i < HANDLERS.length; i++) {
                if (name.equals(HANDLERS[i])) {
                    return NUMBERS[i];
                }
            }
        }
        return 0;
    }
}
