package dev.jmp.spi;

import java.util.OptionalInt;

/** One task started somewhere by a {@link BackendProvider}: what {@code dev.jmp.Process} asks of it. */
public interface RunningProcess {

    /** Its process id on its host. */
    long pid();

    /** Where it runs: {@code localhost} for a local child, a cluster member's {@code host:port}. */
    String host();

    /** Whether it has not exited. */
    boolean isAlive();

    /**
     * Waits up to {@code millis} (negative: forever) for it to exit and for its output to be
     * forwarded; returns whether it exited.
     */
    boolean await(long millis) throws InterruptedException;

    /** Python's exit code: empty while running, {@code -N} after signal N. */
    OptionalInt exitCode();

    /** Asks it to exit (SIGTERM): its shutdown hooks run. No effect once it has exited. */
    void terminate();

    /** Ends it at once (SIGKILL). No effect once it has exited. */
    void kill();

    /**
     * Interrupts the thread running its task, as Ctrl-C would (Python's SIGINT): a blocking call
     * there throws {@link InterruptedException}, which, uncaught, ends it with exit code 1. No
     * effect once it has exited. Backends that cannot reach a running task throw.
     */
    default void interrupt() {
        throw new UnsupportedOperationException("[jmp.process.no-interrupt] this backend cannot interrupt a running"
                + " task; use terminate() or kill()");
    }

    /** Runs {@code action} once it has exited. */
    void onExit(Runnable action);
}
