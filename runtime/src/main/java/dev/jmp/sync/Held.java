package dev.jmp.sync;

/**
 * A lock or permit held by the current thread until {@link #close}, for try-with-resources, as
 * Python's {@code with lock:} does:
 *
 * <pre>{@code
 * try (Held held = lock.hold()) {
 *     if (held.recovered()) {
 *         repairSharedState();   // the previous holder died inside its critical section
 *     }
 *     update();
 * }
 * }</pre>
 */
public final class Held implements AutoCloseable {

    private final Runnable release;
    private final boolean recovered;
    private boolean closed;

    Held(Runnable release, boolean recovered) {
        this.release = release;
        this.recovered = recovered;
    }

    /**
     * Whether this hold was taken over from a process that died while holding it (like a robust
     * mutex's {@code EOWNERDEAD}): what the lock guards may be half-updated.
     */
    public boolean recovered() {
        return recovered;
    }

    /** Releases the lock or permit; a second call does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }
}
