package dev.jmp.pool;

/**
 * The worker running a task died before it could send the task's outcome back: it was killed,
 * the task called {@code System.exit}, the JVM crashed, or the pool killed it to stop another
 * task of its batch whose future was cancelled with {@code cancel(true)} (the message then starts
 * with {@code [jmp.pool.worker-killed]} and names that task). Only the tasks the worker had in
 * hand fail with this; the pool replaces the worker and goes on. The message names the worker, its pid
 * and its signal or exit code, in Python's convention ({@code -9} for SIGKILL).
 */
public final class WorkerDiedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String workerName;
    private final long pid;
    private final int exitCode;

    WorkerDiedException(String message, String workerName, long pid, int exitCode) {
        super(message);
        this.workerName = workerName;
        this.pid = pid;
        this.exitCode = exitCode;
    }

    /** The dead worker's name, {@code SpawnPoolWorker-3}. */
    public String workerName() {
        return workerName;
    }

    /** The dead worker's process id. */
    public long pid() {
        return pid;
    }

    /** How it ended: {@code N} after {@code exit(N)}, {@code -N} after signal {@code N}. */
    public int exitCode() {
        return exitCode;
    }
}
