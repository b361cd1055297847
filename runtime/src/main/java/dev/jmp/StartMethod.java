package dev.jmp;

/**
 * How a {@link Context} starts child processes; Python's {@code get_context(method)}.
 */
public enum StartMethod {

    /**
     * A fresh JVM per process, like Python's {@code spawn}: nothing is inherited but the class
     * path, the JVM options and the task's arguments.
     */
    SPAWN
}
