package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.task.Tasks;
import java.util.List;

/**
 * Tasks {@code from .. to-1} of {@code tasks}, queued for a worker, whose outcomes go to
 * {@code sink} under the same indexes. A map's chunks share one list of tasks; a requeued or
 * split job is a smaller range of the same list. Each task keeps the decoder of its result, so
 * the sink decodes an outcome with the task it belongs to. A job of tasks that a map's function
 * made into an {@code ArgumentChunk} holds consecutive tasks of one chunk, and travels as a part of it.
 *
 * @param coalescable whether the job may share a batch with others: true for tasks submitted
 *     one at a time, false for a chunk whose size the caller chose
 */
record Job<R>(List<? extends Task<? extends R>> tasks, int from, int to, JobSink<R> sink, boolean coalescable) {

    /** A task submitted on its own; one a map's function made into a chunk is sent alone, with its chunk. */
    static <R> Job<R> single(Task<? extends R> task, JobSink<R> sink) {
        return new Job<>(List.of(task), 0, 1, sink, Tasks.chunkOf(task) == null);
    }

    int size() {
        return to - from;
    }

    Job<R> slice(int newFrom, int newTo) {
        return new Job<>(tasks, newFrom, newTo, sink, coalescable);
    }
}
