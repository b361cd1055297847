package dev.jmp;

import dev.jmp.base.FutureWait;
import java.time.Duration;
import java.util.Optional;

/**
 * Who a process is, as Python's {@code current_process()} and {@code parent_process()} report it.
 *
 * <pre>{@code
 * Multiprocessing.parentProcess().ifPresent(parent -> {
 *     if (!parent.join(Duration.ofSeconds(1))) {      // Python's parent_process().join(1)
 *         System.out.println(parent.name() + " still runs");
 *     }
 * });
 * }</pre>
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

    /** Waits until the process has ended; Python's {@code parent_process().join()}. */
    public void join() throws InterruptedException {
        join(null);
    }

    /**
     * Waits at most {@code timeout} (null: no limit) until the process has ended; returns whether
     * it has. Python's {@code parent_process().join(timeout)}. A child whose parent ends ends
     * itself within a second, so a child sees its parent's end only briefly.
     *
     * @throws IllegalStateException for this process itself, which cannot wait for its own end
     */
    public boolean join(Duration timeout) throws InterruptedException {
        if (pid == ProcessHandle.current().pid()) {
            throw new IllegalStateException("[jmp.process.join-self] " + name + " is this process, which cannot wait"
                    + " for its own end; join a child, or Multiprocessing.parentProcess()");
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        // onExit() completes normally once the process has ended, whatever its end.
        return FutureWait.await(handle.get().onExit(), timeout == null ? -1 : Math.max(0, timeout.toMillis()));
    }
}
