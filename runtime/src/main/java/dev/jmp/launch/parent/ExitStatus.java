package dev.jmp.launch.parent;

/**
 * Python's exit-code convention from what the JVM reports. On Linux a process killed by signal N
 * is reported by {@link java.lang.Process#exitValue()} as {@code 128 + N}, the same as
 * {@code System.exit(128 + N)}. The child's control channel tells them apart: a child that began
 * an orderly exit says so first, and says which signal, if any, began it (a SIGTERM runs the
 * exit hooks too), so a signal is {@code -N} whoever sent it.
 */
public final class ExitStatus {

    private static final String[] SIGNAL_NAMES = {
        "", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM"
    };

    private ExitStatus() {}

    /**
     * The exit code a Python user expects: {@code N} for {@code exit(N)}, {@code -N} for death by
     * signal {@code N}.
     *
     * @param raw what {@code exitValue()} returned
     * @param signalSent the signal known to have ended the child: the one the parent sent
     *     ({@code 15} for terminate, {@code 9} for kill) or the one the child said it received; or 0
     * @param announcedExit whether the child said it was exiting on its own
     */
    public static int decode(int raw, int signalSent, boolean announcedExit) {
        if (raw <= 128 || raw > 128 + 64) {
            return raw;
        }
        int signal = raw - 128;
        if (signal == signalSent || !announcedExit) {
            return -signal;
        }
        return raw;
    }

    /** {@code "exit code 3"} or {@code "signal 9 (SIGKILL)"}, for messages. */
    public static String describe(int exitCode) {
        if (exitCode >= 0) {
            return "exit code " + exitCode;
        }
        int signal = -exitCode;
        String name = signal < SIGNAL_NAMES.length ? " (" + SIGNAL_NAMES[signal] + ")" : "";
        return "signal " + signal + name;
    }
}
