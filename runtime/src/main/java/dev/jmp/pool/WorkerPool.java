package dev.jmp.pool;

import dev.jmp.launch.ChildLauncher;
import dev.jmp.launch.ChildProcess;
import dev.jmp.launch.ChildSpec;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.launch.TaskEntries;
import dev.jmp.launch.WorkerProgress;
import dev.jmp.link.ControlServer;
import dev.jmp.link.TaskResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The engine under {@link Pool} and {@link ProcessPoolExecutor}: a queue of {@link Job}s and the
 * worker JVMs that run them, one {@link Batch} in flight per worker.
 *
 * <p>No thread of its own: a submitting thread sends work straight to an idle worker, and a
 * worker's reader thread, on reading the last outcome of a batch, sends that worker its next batch
 * before it delivers the outcomes. Tasks submitted one at a time that queue up while every worker
 * is busy share the next batch: a fair share each, and no more than about
 * {@link #COALESCED_WORK_NANOS} of work by the workers' recent timings; a chunk of a map is one
 * batch. Worker deaths are handled in {@link WorkerDeaths}.
 */
final class WorkerPool {

    /** Most single tasks sent to a worker in one frame. */
    static final int MAX_COALESCED = 512;
    /**
     * Single tasks share a frame only up to about this much work, by the workers' own account of
     * their recent tasks: tiny tasks travel hundreds at a time, while tasks of a millisecond or
     * more go one by one, so a free worker is never left waiting behind a busy one's queue.
     */
    static final long COALESCED_WORK_NANOS = 2_000_000L;

    enum State { RUNNING, SHUTDOWN, TERMINATING, BROKEN }

    final PoolConfig config;
    final TaskEntries entries = new TaskEntries();
    final Object lock = new Object();
    /** Guarded by lock. */
    final ArrayDeque<Job> queue = new ArrayDeque<>();
    final List<Worker> live = new ArrayList<>();
    final ArrayDeque<Worker> idle = new ArrayDeque<>();
    State state = State.RUNNING;
    BrokenPoolException broken;
    private int queuedTasks;
    private long nextBatchId = 1;
    /** Recent time a single task took in a worker, averaged; 0 until one was measured. */
    private volatile long taskNanos;
    private final WorkerDeaths deaths = new WorkerDeaths(this);

    WorkerPool(PoolConfig config) {
        this.config = config;
        for (int i = 0; i < config.processes(); i++) {
            spawn(0);
        }
    }

    /** Queues {@code jobs} and hands work to idle workers. */
    void submit(List<Job> jobs) {
        synchronized (lock) {
            checkAccepting();
            for (Job job : jobs) {
                queue.add(job);
                queuedTasks += job.size();
            }
        }
        dispatchIdle();
    }

    /** Hands queued work to every idle worker, writing on this thread. */
    void dispatchIdle() {
        List<Worker> targets = new ArrayList<>();
        List<Batch> batches = new ArrayList<>();
        synchronized (lock) {
            while (!idle.isEmpty()) {
                Worker w = idle.pop();
                Batch b = takeBatch(w);
                if (b == null) {
                    idle.push(w);
                    break;
                }
                targets.add(w);
                batches.add(b);
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            targets.get(i).send(batches.get(i));
        }
    }

    private void checkAccepting() {
        if (state == State.BROKEN) {
            throw new BrokenPoolException(broken.getMessage(), broken.getCause());
        }
        if (state != State.RUNNING) {
            throw new IllegalStateException("[jmp.pool.not-running] the pool was " + (state == State.SHUTDOWN
                    ? "shut down" : "terminated") + " and takes no more tasks; create a new pool");
        }
    }

    /** Outcomes from a worker: batch 0 says it is ready, others finish its batch in flight. */
    void results(Worker w, TaskResults results) {
        if (results.batchId() == 0) {
            deaths.initialized(w, results);
            return;
        }
        int n = results.outcomes().size();
        if (n > 0) {
            long sample = Math.max(1, results.busyNanos() / n);
            long before = taskNanos;
            taskNanos = before == 0 ? sample : (3 * before + sample) / 4; // a lost update is harmless
        }
        Batch batch = w.current;
        if (batch == null || batch.id != results.batchId()) {
            throw new IllegalStateException("outcomes of batch " + results.batchId() + " from " + w
                    + ", which is running " + (batch == null ? "nothing" : "batch " + batch.id));
        }
        if (results.first() + results.outcomes().size() == batch.size) {
            synchronized (lock) {
                w.current = null;
            }
            next(w);
        }
        batch.deliver(results.first(), results.outcomes());
    }

    /** Gives an idle worker its next batch, retires it, or parks it. */
    void next(Worker w) {
        Batch batch = null;
        boolean retire = false;
        boolean replace = false;
        synchronized (lock) {
            if (w.retiring || state == State.TERMINATING || state == State.BROKEN) {
                return;
            }
            if (config.budget(w.tasksSent) == 0) {
                retire = true;
                replace = state == State.RUNNING || !queue.isEmpty();
            } else if ((batch = takeBatch(w)) == null) {
                if (state == State.SHUTDOWN) {
                    retire = true;
                } else {
                    idle.push(w);
                }
            }
            w.retiring = retire;
        }
        if (batch != null) {
            w.send(batch);
        } else if (retire) {
            w.retire();
            if (replace) {
                spawn(0);
            }
        }
    }

    /** Under lock: the next batch for {@code w}, or null when nothing is queued. */
    private Batch takeBatch(Worker w) {
        Job first = poll();
        if (first == null) {
            return null;
        }
        int budget = config.budget(w.tasksSent);
        if (first.size() > budget) {
            queue.addFirst(first.slice(first.from() + budget, first.to()));
            queuedTasks += first.size() - budget;
            first = first.slice(first.from(), first.from() + budget);
        }
        List<Job> jobs = new ArrayList<>(1);
        jobs.add(first);
        int total = first.size();
        if (first.coalescable()) {
            int fairShare = Math.max(1, (queuedTasks + total + config.processes() - 1) / config.processes());
            long perTask = taskNanos;
            int bySize = perTask == 0 ? 1 : (int) Math.max(1, Math.min(MAX_COALESCED, COALESCED_WORK_NANOS / perTask));
            int limit = Math.min(Math.min(bySize, budget), fairShare);
            Job next;
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
        Batch batch = new Batch(nextBatchId++, jobs);
        w.current = batch;
        for (Job job : jobs) {
            job.sink().sent(w, batch);
        }
        w.tasksSent += total;
        return batch;
    }

    /** Under lock: the next job whose outcomes someone still wants. */
    private Job poll() {
        Job job;
        while ((job = queue.poll()) != null) {
            queuedTasks -= job.size();
            if (!job.sink().abandoned()) {
                return job;
            }
        }
        return null;
    }

    /** Under lock: empties the queue, returning what was in it. */
    List<Job> drainQueue() {
        List<Job> drained = new ArrayList<>(queue);
        queue.clear();
        queuedTasks = 0;
        return drained;
    }

    /** Under lock: puts tasks a dead worker never started back at the head of the queue. */
    void requeueFirst(List<Job> jobs) {
        for (int i = jobs.size() - 1; i >= 0; i--) {
            queue.addFirst(jobs.get(i));
            queuedTasks += jobs.get(i).size();
            jobs.get(i).sink().requeued();
        }
    }

    /**
     * {@code cancel(true)} of a running task: kills the worker that has it, if it still has it.
     * The worker's exit then settles its batch as for any death ({@link WorkerDeaths}), saying
     * why it died, and a new worker replaces it.
     */
    void killToCancel(TaskFuture<?> task) {
        ChildProcess child;
        synchronized (lock) {
            Worker w = task.runningOn();
            if (w == null || state == State.TERMINATING || state == State.BROKEN) {
                return; // its batch came back, or the pool is stopping every worker anyway
            }
            child = w.child();
            if (child == null || !child.isAlive()) {
                return; // died on its own: its exit settles the batch
            }
            if (w.killedToCancel == null) {
                w.killedToCancel = task.description();
            }
        }
        child.signal(true);
    }

    /**
     * Starts one worker; it takes work once its initializer has run. {@code lostStarts} counts the
     * starts in a row, ending with the one this worker replaces, that were lost to a signal or to
     * a launch that failed; after {@link WorkerDeaths#MAX_LOST_STARTS} of them the pool breaks.
     */
    void spawn(int lostStarts) {
        if (ShutdownSequence.hasStarted()) {
            return;
        }
        String child = CurrentProcess.nextChildName();
        String name = config.workerKind() + child.substring(child.indexOf('-'));
        Worker w;
        Path progress;
        try {
            Path dir = ControlServer.get().socket().getParent();
            progress = Files.createTempFile(dir, "worker-", ".progress");
            WorkerProgress.create(progress);
            w = new Worker(this, name, progress, lostStarts);
        } catch (IOException | RuntimeException e) {
            deaths.breakPool(new BrokenPoolException("[jmp.pool.worker-start] cannot prepare worker " + name
                    + ": " + e + "; check that java.io.tmpdir is writable", e));
            return;
        }
        synchronized (lock) {
            live.add(w);
        }
        ChildProcess process;
        try {
            process = ChildLauncher.launch(ChildSpec.worker(name, config.jvmOptions(), w), config.spares());
        } catch (RuntimeException e) {
            synchronized (lock) {
                live.remove(w);
                lock.notifyAll();
            }
            try {
                Files.deleteIfExists(progress);
            } catch (IOException ignored) {
                // the control directory goes at exit anyway
            }
            // A launch also fails when its process is killed while it execs the JVM: try again,
            // a few times, before taking it for a java that cannot be run.
            if (lostStarts + 1 < WorkerDeaths.MAX_LOST_STARTS) {
                spawn(lostStarts + 1);
            } else {
                deaths.breakPool(new BrokenPoolException("[jmp.pool.worker-start] cannot start worker " + name
                        + ", the " + WorkerDeaths.MAX_LOST_STARTS + "th start in a row to fail: " + e.getMessage(), e));
            }
            return;
        }
        w.started(process);
        boolean stopped;
        synchronized (lock) {
            stopped = state == State.TERMINATING || state == State.BROKEN;
        }
        if (stopped) {
            process.signal(true); // terminate() did not see it yet
        }
    }

    void workerExited(Worker w) {
        deaths.exited(w);
    }

    WorkerDeaths deaths() {
        return deaths;
    }

    static CancellationException terminated(String what) {
        return new CancellationException("[jmp.pool.terminated] " + what);
    }
}
