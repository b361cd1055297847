package dev.jmp.backend;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.wire.RemoteFailure;
import dev.jmp.spi.BackendProvider;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.RunningProcess;
import dev.jmp.spi.WorkerBackend;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend that is not jmp's local one: its "workers" and "processes" are threads of this JVM.
 * A test puts it on the class path of a class loader as a {@link BackendProvider} service, as a
 * cluster module would, and runs unchanged pool and process code on it, so the seam is shown to
 * carry everything they need: batches and outcomes in order, with a credit of two batches per
 * worker; readiness after the initializer; a kill that ends a worker mid-task and reports what it
 * had done; processes with a pid, a join and an exit code.
 */
public final class InProcessBackend implements BackendProvider {

    /** Workers this provider started, over every pool. */
    static final AtomicInteger WORKERS_STARTED = new AtomicInteger();

    /** What {@link #loseMachine} names as the cause: the code a cluster backend would give. */
    static final String MACHINE_LOST = "[test.machine-lost] the machine of the in-process workers";

    /** The {@code retries()} of the pools made from now on. */
    static volatile int retries;

    private static final Set<ThreadWorker> LIVE = ConcurrentHashMap.newKeySet();

    /**
     * Loses every running worker "with its machine", as a cluster member that dies loses its
     * workers: each is stopped and reported as {@link WorkerExit#lostWithMachine}, so nothing it
     * held and did not report is known.
     */
    static void loseMachine() {
        for (ThreadWorker w : LIVE) {
            w.lost = true;
            w.kill();
        }
    }

    @Override
    public WorkerBackend workers(LaunchOptions options, Optional<TaskCall> initializer, boolean daemon) {
        return new Workers(initializer);
    }

    @Override
    public RunningProcess start(String name, boolean daemon, TaskCall task, LaunchOptions options) {
        return new ThreadProcess(name, task);
    }

    private static Outcome run(TaskEntries entries, TaskCall call) {
        try {
            return Outcome.value(entries.get(call.entryClass()).invoke(call.arguments()));
        } catch (Throwable t) {
            return new Outcome(true, RemoteFailure.of(t).encode());
        }
    }

    private static final class Workers implements WorkerBackend {

        private final Optional<TaskCall> initializer;
        private final Set<WorkerHandle> running = ConcurrentHashMap.newKeySet();

        private final int retries = InProcessBackend.retries;

        Workers(Optional<TaskCall> initializer) {
            this.initializer = initializer;
        }

        @Override
        public int credit() {
            return 2;
        }

        @Override
        public int retries() {
            return retries;
        }

        @Override
        public WorkerHandle worker(String name, WorkerEvents events) {
            return new ThreadWorker(this, name, events);
        }

        @Override
        public List<WorkerHandle> workers() {
            return new ArrayList<>(running);
        }

        @Override
        public void stop(List<WorkerHandle> workers) throws InterruptedException {
            for (WorkerHandle w : workers) {
                w.kill();
            }
            for (WorkerHandle w : workers) {
                ((ThreadWorker) w).thread.join(5_000);
            }
        }
    }

    /** A worker: a thread that takes batches from a queue, in order, and runs their tasks one at a time. */
    private static final class ThreadWorker implements WorkerHandle {

        private static final long[] RETIRE = {};

        private final Workers workers;
        private final String name;
        private final WorkerEvents events;
        private final LinkedBlockingQueue<Object[]> batches = new LinkedBlockingQueue<>();
        private final Thread thread;
        private volatile boolean killed;
        private volatile boolean lost;

        ThreadWorker(Workers workers, String name, WorkerEvents events) {
            this.workers = workers;
            this.name = name;
            this.events = events;
            this.thread = new Thread(this::serve, "in-process-" + name);
            thread.setDaemon(true);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String host() {
            return "in-process";
        }

        @Override
        public long pid() {
            return ProcessHandle.current().pid();
        }

        @Override
        public void start() {
            WORKERS_STARTED.incrementAndGet();
            workers.running.add(this);
            LIVE.add(this);
            thread.start();
        }

        @Override
        public void send(long batchId, List<TaskCall> calls) {
            batches.add(new Object[] {batchId, List.copyOf(calls)});
        }

        @Override
        public void retire() {
            batches.add(new Object[] {RETIRE});
        }

        @Override
        public void kill() {
            killed = true;
            thread.interrupt();
        }

        @SuppressWarnings("unchecked")
        private void serve() {
            TaskEntries entries = new TaskEntries();
            BatchProgress progress = new BatchProgress(0, 0, 0, List.of());
            int code = 0;
            try {
                events.ready(workers.initializer.map(call -> run(entries, call)).orElse(null));
                while (!killed) {
                    Object[] batch = batches.take();
                    if (batch[0] == RETIRE) {
                        break;
                    }
                    long id = (Long) batch[0];
                    List<TaskCall> calls = (List<TaskCall>) batch[1];
                    List<Outcome> outcomes = new ArrayList<>(calls.size());
                    long start = System.nanoTime();
                    for (int i = 0; i < calls.size(); i++) {
                        progress = new BatchProgress(id, i, 0, List.copyOf(outcomes));
                        Outcome outcome = run(entries, calls.get(i));
                        if (killed) {
                            throw new InterruptedException();
                        }
                        outcomes.add(outcome);
                    }
                    events.outcomes(id, 0, outcomes, System.nanoTime() - start);
                }
            } catch (InterruptedException e) {
                code = -9;
            } finally {
                workers.running.remove(this);
                LIVE.remove(this);
                events.exited(lost ? WorkerExit.lostWithMachine(MACHINE_LOST)
                        : new WorkerExit(code, code != 0, code == 0 ? "exit code 0" : "signal 9 (SIGKILL)",
                                List.of(), code == 0 ? null : progress));
            }
        }
    }

    /** A process: a thread that runs one task; exit code 0, or 1 when the task threw. */
    private static final class ThreadProcess implements RunningProcess {

        private final CompletableFuture<Integer> exit = new CompletableFuture<>();
        private final Thread thread;

        ThreadProcess(String name, TaskCall task) {
            thread = new Thread(() -> exit.complete(run(new TaskEntries(), task).failed() ? 1 : 0), "in-process-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public long pid() {
            return ProcessHandle.current().pid();
        }

        @Override
        public String host() {
            return "in-process";
        }

        @Override
        public boolean isAlive() {
            return !exit.isDone();
        }

        @Override
        public boolean await(long millis) throws InterruptedException {
            try {
                if (millis < 0) {
                    exit.get();
                } else {
                    exit.get(millis, TimeUnit.MILLISECONDS);
                }
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public OptionalInt exitCode() {
            Integer code = exit.getNow(null);
            return code == null ? OptionalInt.empty() : OptionalInt.of(code);
        }

        @Override
        public void terminate() {
            kill();
        }

        @Override
        public void kill() {
            thread.interrupt();
        }

        @Override
        public void onExit(Runnable action) {
            exit.thenRun(action);
        }
    }
}
