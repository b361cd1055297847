package dev.jmp.spi;

import java.util.List;

/**
 * Where one pool's batches run. The pool keeps the queue, cuts it into batches and delivers the
 * outcomes; the backend starts workers, carries batches to them and outcomes back, and reports
 * each worker's death. See the package documentation for what an implementation must guarantee.
 */
public interface WorkerBackend {

    /**
     * How many batches each worker may hold at once, sent and not yet answered in full: 1 for a
     * local worker, which is one read away; a few for a remote one, so it never waits for the
     * network between batches.
     */
    int credit();

    /**
     * How many batches each worker may hold while every one of them is a part of a map's chunk
     * that nobody can cancel, at least {@link #credit()}: a local worker holds two, so that it
     * never idles between chunks for the round trip to the pool. The pool sends such a second
     * batch only when it is small (the pool's {@code Batching} says how small), so that it fits
     * in the channel's buffer while the worker runs the first and sending it never waits for the
     * worker. By default the credit.
     */
    default int chunkCredit() {
        return credit();
    }

    /**
     * How many times a task that a worker held when it was lost with its machine
     * ({@link WorkerExit#heldLost()}) is queued again for another worker, which is right only for
     * idempotent tasks, since it may have run; 0, the default: such a task fails with a
     * {@code WorkerDiedException}. A task that dies with its worker otherwise fails at once.
     */
    default int retries() {
        return 0;
    }

    /**
     * Whether its workers run a map's chunks ({@link WorkerHandle#sendChunk}): one frame of
     * arguments for many tasks of one entry, run in the entry's generated loop. A pool over a
     * backend that does not makes a task per item instead.
     */
    default boolean runsChunks() {
        return false;
    }

    /** A new worker called {@code name} that reports to {@code events}; nothing runs until its {@code start()}. */
    WorkerHandle worker(String name, WorkerEvents events);

    /** The workers started and not yet exited, for messages and diagnostics. */
    List<WorkerHandle> workers();

    /**
     * Ends {@code workers} now: each is asked to exit (its shutdown hooks run) and is killed if it
     * has not within a grace; returns once each has exited, or once it was killed and given a
     * second grace.
     */
    void stop(List<WorkerHandle> workers) throws InterruptedException;
}
