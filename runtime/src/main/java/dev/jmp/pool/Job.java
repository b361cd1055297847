package dev.jmp.pool;

import dev.jmp.internal.TaskCall;

/**
 * Tasks {@code from .. to-1} of {@code calls}, queued for a worker, whose outcomes go to
 * {@code sink} under the same indexes. A map's chunks share one array of calls; a requeued or
 * split job is a smaller range of the same array.
 *
 * @param coalescable whether the job may share a batch with others: true for tasks submitted
 *     one at a time, false for a chunk whose size the caller chose
 */
record Job(TaskCall[] calls, int from, int to, JobSink sink, boolean coalescable) {

    static Job single(TaskCall call, JobSink sink) {
        return new Job(new TaskCall[] {call}, 0, 1, sink, true);
    }

    int size() {
        return to - from;
    }

    Job slice(int newFrom, int newTo) {
        return new Job(calls, newFrom, newTo, sink, coalescable);
    }
}
