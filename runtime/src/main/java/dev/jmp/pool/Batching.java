package dev.jmp.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A pool's queue and how it is cut into batches; part of {@link PoolState}, used only under its
 * lock. A chunk of a map is one batch. Tasks submitted one at a time that queue up while every
 * worker is busy share the next batch: a fair share each, and no more than about
 * {@link #COALESCED_WORK_NANOS} of work by the workers' recent timings, so tiny tasks travel
 * hundreds at a time while tasks of a millisecond or more go one by one, and a free worker is
 * never left waiting behind a busy one's queue. No worker is sent more tasks than its
 * {@code maxTasksPerChild} allows.
 */
final class Batching {

    /** Most single tasks sent to a worker in one batch. */
    static final int MAX_COALESCED = 512;
    /** Single tasks share a batch only up to about this much work, by the workers' own account. */
    static final long COALESCED_WORK_NANOS = 2_000_000L;
    /**
     * Most bytes of arguments of a chunk sent to a worker that is running another: a control
     * socket holds this much without its writer waiting, and a larger chunk runs long enough
     * for the round trip it saves not to matter.
     */
    static final int AHEAD_MAX_BYTES = 64 << 10;

    private final PoolConfig config;
    private final ArrayDeque<Job<?>> queue = new ArrayDeque<>();
    private int queuedTasks;
    private long nextBatchId = 1;
    /** Recent time a single task took in a worker, averaged; 0 until one was measured. */
    private volatile long taskNanos;

    Batching(PoolConfig config) {
        this.config = config;
    }

    void add(Job<?> job) {
        queue.add(job);
        queuedTasks += job.size();
    }

    void addFirst(Job<?> job) {
        queue.addFirst(job);
        queuedTasks += job.size();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Tasks queued, abandoned ones included until they are skipped. */
    int queuedTasks() {
        return queuedTasks;
    }

    /** Empties the queue, returning what was in it. */
    List<Job<?>> drain() {
        List<Job<?>> drained = new ArrayList<>(queue);
        queue.clear();
        queuedTasks = 0;
        return drained;
    }

    /** Tasks {@code w} may still be sent; {@code Integer.MAX_VALUE} without a limit. */
    int budget(Worker w) {
        return config.budget(w.tasksSent);
    }

    /** Any thread: a worker ran {@code tasks} tasks in {@code busyNanos}. */
    void sampled(int tasks, long busyNanos) {
        if (tasks > 0) {
            long sample = Math.max(1, busyNanos / tasks);
            long before = taskNanos;
            taskNanos = before == 0 ? sample : (3 * before + sample) / 4; // a lost update is harmless
        }
    }

    /**
     * The next batch for {@code w}, counted as sent to it, or null when nothing is queued;
     * {@code ahead}: for a worker running another chunk, so only a chunk that may
     * {@linkplain #goesAhead go ahead}, else null.
     */
    Batch take(Worker w, boolean ahead) {
        Job<?> first = poll();
        if (first == null) {
            return null;
        }
        if (ahead && !goesAhead(first)) {
            addFirst(first);
            return null;
        }
        int budget = budget(w);
        if (first.size() > budget) {
            addFirst(first.slice(first.from() + budget, first.to()));
            first = first.slice(first.from(), first.from() + budget);
        }
        List<Job<?>> jobs = new ArrayList<>(1);
        jobs.add(first);
        int total = first.size();
        if (first.coalescable()) {
            int fairShare = Math.max(1, (queuedTasks + total + config.processes() - 1) / config.processes());
            long perTask = taskNanos;
            int bySize = perTask == 0 ? 1 : (int) Math.max(1, Math.min(MAX_COALESCED, COALESCED_WORK_NANOS / perTask));
            int limit = Math.min(Math.min(bySize, budget), fairShare);
            Job<?> next;
            while (total < limit && (next = queue.peek()) != null) {
                boolean wanted = !next.sink().abandoned();
                if (wanted && (!next.coalescable() || total + next.size() > limit)) {
                    break;
                }
                queue.poll();
                queuedTasks -= next.size();
                if (wanted) {
                    jobs.add(next);
                    total += next.size();
                }
            }
        }
        w.tasksSent += total;
        return new Batch(nextBatchId++, jobs);
    }

    /**
     * Whether {@code job}, just taken from the queue, may go to a worker that is running another
     * chunk: it is a part of a map's chunk that nobody can cancel, of at most
     * {@link #AHEAD_MAX_BYTES}, and the queue still holds a job for each other worker, so that at
     * the end of a map no worker idles while another holds two chunks.
     */
    private boolean goesAhead(Job<?> job) {
        return queue.size() + 1 >= config.processes() && Batch.chunkPart(job) && Batch.chunkBytes(job) <= AHEAD_MAX_BYTES;
    }

    /** The next job whose outcomes someone still wants. */
    private Job<?> poll() {
        Job<?> job;
        while ((job = queue.poll()) != null) {
            queuedTasks -= job.size();
            if (!job.sink().abandoned()) {
                return job;
            }
        }
        return null;
    }
}
