package dev.jmp.pool;

import dev.jmp.base.Deadline;
import dev.jmp.base.ShutdownSequence;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What happens at exit to the work of executors never shut down: it is finished, as Python joins
 * its executors at exit, in the shutdown sequence's {@link ShutdownSequence.Phase#WORK} phase,
 * before children are stopped. Each executor is shut down (no new task) and waited for until its
 * workers, having run everything submitted, have exited. Not after a signal, nor once one
 * arrives: a process told to stop ends promptly, its executors' work dropped with their workers,
 * as in Python.
 *
 * <p>Only executors: Python terminates a {@code multiprocessing.Pool} left open at exit, and so
 * does jmp, whose pool workers are daemons.
 */
final class ExecutorsAtExit {

    private static final Set<WorkerPool> OPEN = ConcurrentHashMap.newKeySet();

    static {
        ShutdownSequence.add(ShutdownSequence.Phase.WORK, ExecutorsAtExit::finishAll);
    }

    private ExecutorsAtExit() {}

    /**
     * Finishes {@code executor}'s work at exit. It is forgotten once it is seen to terminate
     * ({@link #forget}: {@code close()}, {@code isTerminated()}, an {@code awaitTermination()}
     * that says so); one that terminated unseen, when the next executor is made.
     */
    static void watch(WorkerPool executor) {
        OPEN.removeIf(pool -> pool.state.turnover.isTerminated());
        OPEN.add(executor);
    }

    /** {@code pool} has terminated: nothing of it is left to finish. */
    static void forget(WorkerPool pool) {
        OPEN.remove(pool);
    }

    private static void finishAll() {
        if (ShutdownSequence.signal() != 0) {
            return;
        }
        List<WorkerPool> open = List.copyOf(OPEN);
        for (WorkerPool pool : open) {
            PoolStopping.shutdown(pool);
        }
        try {
            for (WorkerPool pool : open) {
                if (!ShutdownSequence.awaitUnlessSignalled(millis -> PoolStopping.awaitWorkersGone(pool, Deadline.afterNanos(millis * 1_000_000L)))) {
                    return; // stopped meanwhile: the children phase terminates the workers
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
