package dev.jmp.pool;

import dev.jmp.internal.ChunkCall;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The pool's record of one worker: its backend handle, and, guarded by the {@link PoolState}
 * lock and changed only there, what the pool knows of it. Its backend's events go straight to the
 * {@link WorkerPool}.
 */
final class Worker implements WorkerEvents {

    final String name;
    /** Starts in a row, ending with the one this worker replaces, lost before they were ready. */
    final int lostStarts;
    private final WorkerPool pool;
    private volatile WorkerHandle handle;

    /** PoolState lock: the initializer ran and the worker takes batches. */
    boolean ready;
    /** PoolState lock: told to exit, so its exit is no death. */
    boolean retiring;
    /** PoolState lock: retiring because the pool is done with it, so it may serve another pool. */
    boolean released;
    /** PoolState lock: in the idle stack. */
    boolean parked;
    /** PoolState lock: tasks sent to it, for {@code maxTasksPerChild}. */
    int tasksSent;
    /** PoolState lock: the task whose {@code cancel(true)} made the pool kill this worker, or null. */
    String killedToCancel;
    /** PoolState lock: batches sent and not yet answered in full, oldest first. */
    final ArrayDeque<Batch> inFlight = new ArrayDeque<>(1);
    /**
     * Batches taken for this worker and not yet handed to its backend, in the order they went in
     * flight (they are posted under the PoolState lock, without blocking). Whichever thread
     * flushes sends them all, in that order, under {@link #sending}, so a worker holding several
     * batches receives them in the order its outcomes are expected.
     */
    private final ConcurrentLinkedQueue<Batch> outbox = new ConcurrentLinkedQueue<>();
    private final Object sending = new Object();

    private Worker(WorkerPool pool, String name, int lostStarts) {
        this.pool = pool;
        this.name = name;
        this.lostStarts = lostStarts;
    }

    /** A worker of {@code pool}, not yet started. */
    static Worker create(WorkerPool pool, String name, int lostStarts) {
        Worker w = new Worker(pool, name, lostStarts);
        w.handle = pool.backend.worker(name, w);
        return w;
    }

    WorkerHandle handle() {
        return handle;
    }

    /** PoolState lock: {@code batch} went in flight; it is sent by the next {@link #flush}. */
    void post(Batch batch) {
        outbox.add(batch);
    }

    /**
     * Sends the batches posted so far, in order, on this thread, outside the pool state's lock. A
     * worker that is gone is settled when its exit is reported.
     */
    void flush() {
        synchronized (sending) {
            Batch batch;
            while ((batch = outbox.poll()) != null) {
                ChunkCall chunk = batch.chunk();
                if (chunk != null) {
                    handle.sendChunk(batch.id, chunk);
                } else {
                    handle.send(batch.id, batch.calls());
                }
            }
        }
    }

    @Override
    public void started() {
        pool.state.turnover.started();
    }

    @Override
    public void ready(Outcome initializer) {
        pool.deaths().initialized(this, initializer);
    }

    @Override
    public void outcomes(long batchId, int first, List<Outcome> outcomes, long busyNanos) {
        pool.outcomes(this, batchId, first, outcomes, busyNanos);
    }

    @Override
    public void exited(WorkerExit exit) {
        pool.deaths().exited(this, exit);
    }

    long pid() {
        WorkerHandle h = handle;
        return h == null ? -1 : h.pid();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
