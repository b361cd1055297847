package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.ChunkCall;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.task.ArgumentChunk;
import dev.jmp.internal.task.Tasks;
import dev.jmp.spi.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code RunTasks} frame in flight to one worker: the jobs it carries, in order, and how many
 * of its outcomes have come back. Outcomes arrive in order, so delivering them walks the jobs
 * with a cursor. Used by the worker's reader thread and, once the worker is dead, by its reaper.
 */
final class Batch {

    final long id;
    final List<Job<?>> jobs;
    final int size;
    /**
     * Whether it is a part of a map's chunk that nobody can cancel: a worker may hold such
     * batches up to its backend's {@code chunkCredit}.
     */
    final boolean chunkPart;
    private int reported;
    private int jobCursor;
    private int offsetCursor;

    Batch(long id, List<Job<?>> jobs) {
        this.id = id;
        this.jobs = List.copyOf(jobs);
        int n = 0;
        for (Job<?> job : jobs) {
            n += job.size();
        }
        this.size = n;
        this.chunkPart = jobs.size() == 1 && chunkPart(jobs.get(0));
    }

    /** Whether {@code job} is a part of a map's chunk that nobody can cancel. */
    static boolean chunkPart(Job<?> job) {
        return Tasks.chunkOf(job.tasks().get(job.from())) != null && job.sink().placement() == null
                && !job.sink().mayBeAbandoned();
    }

    /** The bytes of arguments the frame of {@code job}, a part of a map's chunk, carries. */
    static int chunkBytes(Job<?> job) {
        Task<?> first = job.tasks().get(job.from());
        int index = Tasks.indexIn(first);
        return Tasks.chunkOf(first).call(index, index + job.size()).length();
    }

    /**
     * The part of a map's chunk this batch is, or null when its tasks were made one by one: a
     * batch of a chunk's tasks has one job, of consecutive tasks of one chunk.
     */
    ChunkCall chunk() {
        if (jobs.size() != 1) {
            return null;
        }
        Job<?> job = jobs.get(0);
        ArgumentChunk chunk = Tasks.chunkOf(job.tasks().get(job.from()));
        if (chunk == null) {
            return null;
        }
        int first = Tasks.indexIn(job.tasks().get(job.from()));
        Task<?> lastTask = job.tasks().get(job.to() - 1);
        int last = Tasks.indexIn(lastTask);
        if (Tasks.chunkOf(lastTask) != chunk || last - first != job.size() - 1) {
            throw new IllegalStateException("batch " + id + " holds tasks of a chunk that are not consecutive");
        }
        return chunk.call(first, last + 1);
    }

    /** The calls, flattened, as the frame carries them. */
    List<TaskCall> calls() {
        List<TaskCall> calls = new ArrayList<>(size);
        for (Job<?> job : jobs) {
            List<? extends Task<?>> tasks = job.tasks();
            for (int i = job.from(); i < job.to(); i++) {
                calls.add(Tasks.call(tasks.get(i)));
            }
        }
        return calls;
    }

    int reported() {
        return reported;
    }

    boolean complete() {
        return reported == size;
    }

    /** Hands outcomes {@code first ..} to their sinks; outcomes out of order are a protocol error. */
    void deliver(int first, List<Outcome> outcomes) {
        if (first != reported || first + outcomes.size() > size) {
            throw new IllegalStateException("worker sent outcomes " + first + ".." + (first + outcomes.size())
                    + " of batch " + id + " but " + reported + " of " + size + " were expected next");
        }
        int done = 0;
        while (done < outcomes.size()) {
            Job<?> job = jobs.get(jobCursor);
            int n = Math.min(outcomes.size() - done, job.size() - offsetCursor);
            deliver(job, job.from() + offsetCursor, outcomes.subList(done, done + n));
            done += n;
            reported += n;
            offsetCursor += n;
            if (offsetCursor == job.size()) {
                jobCursor++;
                offsetCursor = 0;
            }
        }
    }

    private static <R> void deliver(Job<R> job, int first, List<Outcome> outcomes) {
        job.sink().outcomes(first, job.tasks(), outcomes);
    }

    /** Gives up on the task at the cursor with {@code reason}. */
    void loseNext(RuntimeException reason) {
        Job<?> job = jobs.get(jobCursor);
        lose(job, job.from() + offsetCursor, reason);
        advance(job);
    }

    static <R> void lose(Job<R> job, int index, RuntimeException reason) {
        job.sink().lost(index, job.tasks().get(index), reason);
    }

    /** The task at the cursor. */
    Task<?> nextTask() {
        Job<?> job = jobs.get(jobCursor);
        return job.tasks().get(job.from() + offsetCursor);
    }

    /**
     * Takes the task at the cursor out of this batch without an outcome, as a job of one task to
     * queue again; its outcome then comes from the batch that runs it.
     */
    Job<?> takeNext() {
        Job<?> job = jobs.get(jobCursor);
        int index = job.from() + offsetCursor;
        advance(job);
        return job.slice(index, index + 1);
    }

    /** The tasks not yet reported, as jobs to queue again, in order. */
    List<Job<?>> unreported() {
        List<Job<?>> rest = new ArrayList<>();
        for (int j = jobCursor; j < jobs.size(); j++) {
            Job<?> job = jobs.get(j);
            rest.add(j == jobCursor ? job.slice(job.from() + offsetCursor, job.to()) : job);
        }
        return rest;
    }

    /** The description of the task at the cursor, for messages. */
    String nextDescription() {
        Job<?> job = jobs.get(jobCursor);
        return job.tasks().get(job.from() + offsetCursor).description();
    }

    private void advance(Job<?> job) {
        reported++;
        if (++offsetCursor == job.size()) {
            jobCursor++;
            offsetCursor = 0;
        }
    }
}
