package dev.jmp;

import java.util.Optional;

/**
 * Who a process is, as Python's {@code current_process()} and {@code parent_process()} report it.
 *
 * @param name {@code MainProcess} for the program's own JVM, {@code Process-1} and so on for children
 * @param pid the operating system's process id
 * @param daemon whether the process is a daemon child
 */
public record ProcessInfo(String name, long pid, boolean daemon) {

    /** Whether the process is still running. */
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive();
    }
}
