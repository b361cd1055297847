package dev.jmp.base;

/**
 * The name this process goes by, Python's {@code current_process().name}: {@code MainProcess}
 * until the parent that started it names it ({@code Process-1}, {@code ForkPoolWorker-2}, ...).
 * Kept here, below everything, so that whatever records this process for others to read (the
 * wait table the deadlock detector reads, say) can name it without knowing how it was started.
 */
public final class ProcessName {

    /** The name of a process no jmp parent started. */
    public static final String MAIN = "MainProcess";

    private static volatile String current = MAIN;

    private ProcessName() {}

    /** This process's name. */
    public static String current() {
        return current;
    }

    /** Names this process; called once, when a child learns its name from its parent. */
    public static void set(String name) {
        current = name;
    }
}
