package dev.jmp.pool;

/**
 * The pool cannot run tasks any more: a worker's initializer failed, or workers cannot be
 * started at all; Python's {@code BrokenProcessPool}. Every task still waiting fails with it, and
 * so does every later submission. A worker that dies while running a task does not break the
 * pool: that task fails with a {@link WorkerDiedException} and the worker is replaced.
 */
public final class BrokenPoolException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public BrokenPoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
