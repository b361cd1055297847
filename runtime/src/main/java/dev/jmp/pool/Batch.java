package dev.jmp.pool;

import dev.jmp.internal.TaskCall;
import dev.jmp.link.TaskResults.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code RunTasks} frame in flight to one worker: the jobs it carries, in order, and how many
 * of its outcomes have come back. Outcomes arrive in order, so delivering them walks the jobs
 * with a cursor. Used by the worker's reader thread and, once the worker is dead, by its reaper.
 */
final class Batch {

    final long id;
    final List<Job> jobs;
    final int size;
    private int reported;
    private int jobCursor;
    private int offsetCursor;

    Batch(long id, List<Job> jobs) {
        this.id = id;
        this.jobs = List.copyOf(jobs);
        int n = 0;
        for (Job job : jobs) {
            n += job.size();
        }
        this.size = n;
    }

    /** The calls, flattened, as the frame carries them. */
    List<TaskCall> calls() {
        if (jobs.size() == 1) {
            Job job = jobs.get(0);
            return Arrays.asList(job.calls()).subList(job.from(), job.to());
        }
        List<TaskCall> calls = new ArrayList<>(size);
        for (Job job : jobs) {
            calls.addAll(Arrays.asList(job.calls()).subList(job.from(), job.to()));
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
            Job job = jobs.get(jobCursor);
            int n = Math.min(outcomes.size() - done, job.size() - offsetCursor);
            job.sink().outcomes(job.from() + offsetCursor, job.calls(), outcomes.subList(done, done + n));
            done += n;
            reported += n;
            offsetCursor += n;
            if (offsetCursor == job.size()) {
                jobCursor++;
                offsetCursor = 0;
            }
        }
    }

    /** Gives up on the task at the cursor with {@code reason}. */
    void loseNext(RuntimeException reason) {
        Job job = jobs.get(jobCursor);
        int index = job.from() + offsetCursor;
        job.sink().lost(index, job.calls()[index], reason);
        advance(job);
    }

    /** The tasks not yet reported, as jobs to queue again, in order. */
    List<Job> unreported() {
        List<Job> rest = new ArrayList<>();
        for (int j = jobCursor; j < jobs.size(); j++) {
            Job job = jobs.get(j);
            rest.add(j == jobCursor ? job.slice(job.from() + offsetCursor, job.to()) : job);
        }
        return rest;
    }

    /** The description of the task at the cursor, for messages. */
    String nextDescription() {
        Job job = jobs.get(jobCursor);
        return job.calls()[job.from() + offsetCursor].description();
    }

    private void advance(Job job) {
        reported++;
        if (++offsetCursor == job.size()) {
            jobCursor++;
            offsetCursor = 0;
        }
    }
}
