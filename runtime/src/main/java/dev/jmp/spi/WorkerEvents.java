package dev.jmp.spi;

import java.util.List;

/**
 * What a backend tells a pool about one of its workers; implemented by the pool, one per worker.
 * Calls for one worker come one at a time and in order: {@link #started} at most once, then
 * {@link #ready} once, then {@link #outcomes} any number of times, then {@link #exited} once,
 * after every outcome the worker sent. A worker that dies before it is ready gets only
 * {@link #exited}. Implementations return quickly and never block on the worker.
 */
public interface WorkerEvents {

    /**
     * The worker's process is up and talking to its backend (a local worker's JVM has booted
     * and connected), before it runs the pool's initializer. A pool's constructor waits for this,
     * or for {@link #ready}, from its first worker, so that a pool whose workers cannot start
     * fails at once; a backend that cannot tell sooner need not call it.
     */
    default void started() {
    }

    /**
     * The worker ran the pool's initializer and takes batches. {@code initializer} is its outcome,
     * or null without one; a failed initializer breaks the pool.
     */
    void ready(Outcome initializer);

    /**
     * Outcomes of tasks {@code first .. first + outcomes.size() - 1} of batch {@code batchId}, in
     * order; a batch may be answered in several parts. {@code busyNanos} is how long the worker
     * spent running them, transport left out, which tells the pool how many tasks to send together.
     */
    void outcomes(long batchId, int first, List<Outcome> outcomes, long busyNanos);

    /** The worker ended. */
    void exited(WorkerExit exit);
}
