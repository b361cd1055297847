package dev.jmp.spi;

import dev.jmp.internal.ChunkCall;
import dev.jmp.internal.TaskCall;
import java.util.List;

/**
 * A pool's hold on one worker of a {@link WorkerBackend}: where it runs, and the verbs the pool
 * uses on it. None of them blocks on the worker's work; a worker that is gone ignores them, and
 * its exit, reported to its {@link WorkerEvents}, settles what it held.
 */
public interface WorkerHandle {

    /** The worker's name, as the pool chose it: {@code SpawnPoolWorker-3}. */
    String name();

    /** Where the worker runs: {@code localhost} for a local worker, a cluster member's {@code host:port}. */
    String host();

    /** The worker's process id on its host; -1 until it is known. */
    long pid();

    /** Starts the worker. Throws when the start fails at once; the worker then reports nothing. */
    void start();

    /**
     * Sends batch {@code batchId}, whose tasks the worker runs in order, one at a time, answering
     * with {@link WorkerEvents#outcomes}. The pool never sends more batches than the backend's
     * {@link WorkerBackend#credit()} before the earlier ones are answered in full.
     */
    void send(long batchId, List<TaskCall> calls);

    /**
     * Sends batch {@code batchId}, tasks {@code chunk.from() .. chunk.to() - 1} of a map's chunk,
     * answered as {@link #send} is, the batch's first task counting as 0. Only a backend whose
     * {@link WorkerBackend#runsChunks()} is true is ever asked.
     */
    default void sendChunk(long batchId, ChunkCall chunk) {
        throw new UnsupportedOperationException("[jmp.pool.no-chunks] this backend runs no chunks");
    }

    /** Lets the worker exit once the batches it holds are answered; its exit is then no death. */
    void retire();

    /**
     * The pool is done with this worker, which holds nothing: a backend that keeps workers for
     * the next pool (the local one, see {@code Context.withWorkerReuse}) may keep it, warm, and
     * reports its exit to this pool once it has left it, as a retired worker's; by default it
     * is {@linkplain #retire() retired}.
     */
    default void release() {
        retire();
    }

    /**
     * Kills the worker now, with what it holds: how {@code cancel(true)} stops a running task, and
     * how a broken pool stops its workers. Its exit is reported as any death is.
     */
    void kill();
}
