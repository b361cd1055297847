package dev.jmp.manager;

/**
 * A lock or permit of a manager held by the current thread until {@link #close()}, for
 * try-with-resources, as Python's {@code with lock:} does:
 *
 * <pre>{@code
 * try (Acquired held = lock.hold()) {
 *     shared.put("count", (Integer) shared.get("count") + 1);
 * }
 * }</pre>
 */
public final class Acquired implements AutoCloseable {

    private final Runnable release;
    private boolean closed;

    Acquired(Runnable release) {
        this.release = release;
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
