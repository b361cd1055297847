package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.spi.Outcome;
import java.util.List;

/**
 * Where the outcomes of a {@link Job}'s tasks go: an {@link AsyncResult}, a map's result list, an
 * imap iterator, an executor's future. Called on the thread that read the outcome (a worker's
 * reader) or that gave up on the task (a worker's death, {@code terminate()}); must not block.
 */
interface JobSink<R> {

    /** Task {@code index} finished: a value or the exception it threw, still encoded. */
    void outcome(int index, Task<? extends R> task, Outcome outcome);

    /** Tasks {@code first ..} finished, in order: one call for a run of outcomes read together. */
    default void outcomes(int first, List<? extends Task<? extends R>> tasks, List<Outcome> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) {
            outcome(first + i, tasks.get(first + i), outcomes.get(i));
        }
    }

    /** Task {@code index} will never have an outcome: its worker died, or the pool stopped. */
    void lost(int index, Task<? extends R> task, RuntimeException reason);

    /** Whether nobody wants the outcomes any more (a cancelled future): unstarted tasks are skipped. */
    default boolean abandoned() {
        return false;
    }

    /**
     * Whether {@link #abandoned()} may ever turn true: then its tasks are never sent to a worker
     * that is still running another batch, where they would run whatever became of the sink.
     */
    default boolean mayBeAbandoned() {
        return false;
    }

    /**
     * Where a single task is, for a sink that must know to cancel it (an executor's future); null
     * for the others. {@link PoolState} keeps it as the job is sent and requeued.
     */
    default Placement placement() {
        return null;
    }
}
