package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.Task;
import dev.jmp.base.Deadline;
import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pools hand the workers they are done with to the next pool or executor of the same kind
 * ({@code Context.withWorkerReuse}), and only those: workers that were terminated, killed or
 * retired for {@code maxTasksPerChild}, or ran another initializer, are never taken, and none is
 * left behind. Each worker is told apart by the pid its tasks report; both workers of a pool are
 * made to show theirs by two tasks that wait for each other.
 */
@ExtendWith(NoLeftovers.class)
class WorkerReuseTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** Long enough that no worker expires while a test runs, however loaded the machine. */
    private static final Context REUSE = Multiprocessing.getContext(StartMethod.SPAWN).withWorkerReuse(LIMIT);

    @TempDir
    Path tmp;
    private final AtomicInteger rounds = new AtomicInteger();

    @AfterEach
    void releaseWorkers() throws InterruptedException {
        assertTrue(Multiprocessing.releaseWorkers(LIMIT), "parked workers did not exit");
    }

    @Test
    void theNextPoolTakesTheWorkersOfAClosedPool() throws Exception {
        Set<Long> first;
        try (Pool pool = new Pool(2, REUSE)) {
            first = pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid"));
        }
        try (Pool pool = new Pool(2, REUSE)) {
            assertEquals(first, pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid")));
        }
    }

    @Test
    void anExecutorTakesTheWorkersOfAPoolShutDownAndTheyAreTheExecutorsNow() throws Exception {
        Pool pool = new Pool(2, REUSE);
        Set<Long> poolPids = pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid", "return: ", "daemon"));
        pool.shutdown();
        pool.join();
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2, REUSE)) {
            List<String> seen = onEachWorker(2, t -> executor.submit(t)::get, "pid", "return: ", "daemon",
                    "return: ", "name");
            assertEquals(poolPids, pids(seen));
            for (String worker : seen) {
                // currentProcess() is the executor's worker's: no daemon, and named as its workers are
                assertTrue(worker.contains(" false SpawnProcess-"), worker);
            }
        }
    }

    @Test
    void workersOfATerminatedPoolAreNotReused() throws Exception {
        Set<Long> terminated;
        Pool pool = new Pool(2, REUSE);
        terminated = pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid"));
        pool.terminate();
        try (Pool next = new Pool(2, REUSE)) {
            Set<Long> fresh = pids(onEachWorker(2, t -> next.applyAsync(t)::get, "pid"));
            assertTrue(Collections.disjoint(terminated, fresh), terminated + " reused in " + fresh);
        }
    }

    @Test
    void workersOfAnExecutorWhoseWorkersWereKilledAreNotReused() throws Exception {
        Set<Long> killed;
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(2, REUSE)) {
            killed = pids(onEachWorker(2, t -> executor.submit(t)::get, "pid"));
            executor.killWorkers();
        }
        try (Pool next = new Pool(2, REUSE)) {
            Set<Long> fresh = pids(onEachWorker(2, t -> next.applyAsync(t)::get, "pid"));
            assertTrue(Collections.disjoint(killed, fresh), killed + " reused in " + fresh);
        }
    }

    @Test
    void aPoolWithMaxTasksPerChildNeitherTakesWorkersNorHandsThemOn() throws Exception {
        Set<Long> parked;
        try (Pool pool = new Pool(1, REUSE)) {
            parked = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid"));
        }
        Set<Long> retired = new HashSet<>();
        try (Pool limited = new Pool(1, null, 1, REUSE)) {
            for (int i = 0; i < 2; i++) {
                retired.add(Long.parseLong(limited.apply(steps("pid"))));
            }
        }
        assertEquals(2, retired.size(), "each task in a worker of its own: " + retired);
        assertTrue(Collections.disjoint(parked, retired), parked + " taken by " + retired);
        try (Pool next = new Pool(1, REUSE)) {
            assertEquals(parked, pids(onEachWorker(1, t -> next.applyAsync(t)::get, "pid")),
                    "the worker parked before is still the one taken, and no retired one was parked");
        }
    }

    @Test
    void aWorkerServesOnlyPoolsWithTheInitializerItRanWhichRunsAgain() throws Exception {
        Task<String> init = steps("init:a");
        Set<Long> initialized;
        try (Pool pool = new Pool(1, init, 0, REUSE)) {
            initialized = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid"));
        }
        try (Pool without = new Pool(1, REUSE)) {
            Set<Long> other = pids(onEachWorker(1, t -> without.applyAsync(t)::get, "pid"));
            assertNotEquals(initialized, other);
        }
        try (Pool another = new Pool(1, steps("init:b"), 0, REUSE)) {
            Set<Long> other = pids(onEachWorker(1, t -> another.applyAsync(t)::get, "pid"));
            assertNotEquals(initialized, other);
        }
        try (Pool same = new Pool(1, init, 0, REUSE)) {
            List<String> seen = onEachWorker(1, t -> same.applyAsync(t)::get, "pid", "return: ", "inits");
            assertEquals(initialized, pids(seen));
            // static fields stay, as in a reused Python worker: the counter saw both initializers
            assertTrue(seen.get(0).endsWith(" 2"), seen.toString());
        }
    }

    @Test
    void aParkedWorkerExitsAfterItsIdleTimeout() throws Exception {
        Set<Long> parked;
        try (Pool pool = new Pool(1, REUSE.withWorkerReuse(Duration.ofMillis(100)))) {
            parked = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid"));
        }
        long pid = parked.iterator().next();
        assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)),
                "worker " + pid + " outlived its idle timeout");
    }

    @Test
    void withReuseOffAClosedPoolsWorkersExitAndTheNextPoolStartsItsOwn() throws Exception {
        Context off = REUSE.withWorkerReuse(Duration.ZERO);
        Set<Long> first;
        try (Pool pool = new Pool(2, off)) {
            first = pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid"));
        }
        for (long pid : first) {
            assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "worker " + pid + " kept");
        }
        try (Pool pool = new Pool(2, REUSE)) {
            Set<Long> fresh = pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid"));
            assertTrue(Collections.disjoint(first, fresh), first + " reused in " + fresh);
        }
    }

    @Test
    void aWorkerWhoseTaskLeftAThreadRunningIsNotReused() throws Exception {
        Set<Long> first;
        try (Pool pool = new Pool(1, REUSE)) {
            first = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid", "linger:600000"));
        }
        try (Pool pool = new Pool(1, REUSE)) {
            Set<Long> fresh = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid"));
            assertTrue(Collections.disjoint(first, fresh), first + " reused in " + fresh);
        }
        long pid = first.iterator().next();
        assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)),
                "worker " + pid + " was neither reused nor ended");
    }

    @Test
    void poolsStartedTogetherNeverShareAParkedWorker() throws Exception {
        Set<Long> parked;
        try (Pool pool = new Pool(2, REUSE)) {
            parked = pids(onEachWorker(2, t -> pool.applyAsync(t)::get, "pid"));
        }
        int pools = 4;
        ExecutorService starters = Executors.newFixedThreadPool(pools);
        List<Pool> open = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Pool>> started = new ArrayList<>();
            for (int i = 0; i < pools; i++) {
                started.add(starters.submit(() -> {
                    Pool pool = new Pool(1, REUSE);
                    open.add(pool);
                    return pool;
                }));
            }
            List<Pool> all = new ArrayList<>();
            for (Future<Pool> f : started) {
                all.add(f.get());
            }
            // each pool holds its one worker until it is closed, so all pids are distinct
            Set<Long> pids = new HashSet<>();
            for (Pool pool : all) {
                pids.add(Long.parseLong(pool.apply(steps("pid"))));
            }
            assertEquals(pools, pids.size(), "pools shared a worker: " + pids);
            assertTrue(pids.containsAll(parked), "the parked workers were taken: " + pids + " " + parked);
        } finally {
            starters.shutdown();
            for (Pool pool : open) {
                pool.close();
            }
        }
    }

    @Test
    void aWorkerThatDiesWhileParkedIsNotHandedOut() throws Exception {
        Set<Long> parked;
        try (Pool pool = new Pool(1, REUSE)) {
            parked = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid"));
        }
        long pid = parked.iterator().next();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)));
        try (Pool pool = new Pool(1, REUSE)) {
            Set<Long> fresh = pids(onEachWorker(1, t -> pool.applyAsync(t)::get, "pid"));
            assertTrue(Collections.disjoint(parked, fresh), parked + " handed out dead in " + fresh);
        }
    }

    @Test
    void parkedWorkersEndWhenTheirProgramExits() throws Exception {
        // An idle timeout far beyond the test: only the program's exit can end them.
        try (JavaProgram program = JavaProgram.start(List.of("-Djava.io.tmpdir=" + tmp,
                "-D" + Context.WORKER_REUSE_PROPERTY + "=600000"), PoolProgram.class, "closed")) {
            assertEquals(0, program.await(LIMIT), program.err());
            String out = program.out();
            // a worker still starting when the pool closed is stopped, the others parked
            assertTrue(out.contains("result [1, 4, 9]\n") && out.matches("(?s).*parked [12]\n.*"), out);
            List<Long> workers = Arrays.stream(out.split("\n")).filter(l -> l.startsWith("worker "))
                    .map(l -> Long.parseLong(l.substring(7))).toList();
            assertEquals(2, workers.size(), out);
            for (long pid : workers) {
                assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)),
                        "parked worker " + pid + " outlived its program");
            }
        }
    }

    @Test
    void badReuseSettingsSayHowToWriteThem() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> REUSE.withWorkerReuse(Duration.ofSeconds(-1)));
        assertTrue(negative.getMessage().startsWith("[jmp.context.worker-reuse] a worker reuse idle timeout of PT-1S"
                + " is negative;"), negative.getMessage());
        String before = System.getProperty(Context.WORKER_REUSE_PROPERTY);
        try {
            System.setProperty(Context.WORKER_REUSE_PROPERTY, "soon");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Multiprocessing.getContext(StartMethod.SPAWN));
            assertTrue(e.getMessage().startsWith("[jmp.context.worker-reuse] the system property jmp.workerReuse is"
                    + " soon;"), e.getMessage());
            System.setProperty(Context.WORKER_REUSE_PROPERTY, "250");
            assertEquals(Duration.ofMillis(250), Multiprocessing.getContext(StartMethod.SPAWN).workerReuse());
            System.setProperty(Context.WORKER_REUSE_PROPERTY, "true");
            assertEquals(Context.DEFAULT_WORKER_REUSE, Multiprocessing.getContext(StartMethod.SPAWN).workerReuse());
        } finally {
            if (before == null) {
                System.clearProperty(Context.WORKER_REUSE_PROPERTY);
            } else {
                System.setProperty(Context.WORKER_REUSE_PROPERTY, before);
            }
        }
    }

    /**
     * Runs {@code steps} once on each of {@code workers} workers: each task records that it started
     * and waits until all have, so no worker can run two of them. Returns what each returned.
     */
    private List<String> onEachWorker(int workers, Function<Task<String>, Callable<String>> submit, String... steps)
            throws Exception {
        int round = rounds.incrementAndGet();
        Path go = tmp.resolve("go-" + round);
        List<Path> started = new ArrayList<>();
        List<Callable<String>> results = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Path file = tmp.resolve("started-" + round + "-" + i);
            started.add(file);
            List<String> all = new ArrayList<>(List.of("pidfile:" + file, "await:" + go));
            all.addAll(List.of(steps));
            results.add(submit.apply(steps(all.toArray(String[]::new))));
        }
        assertTrue(Deadline.await(LIMIT, () -> started.stream().allMatch(Files::exists)),
                "not every worker took one of the tasks");
        Files.writeString(go, "");
        List<String> seen = new ArrayList<>();
        for (Callable<String> result : results) {
            seen.add(result.call());
        }
        return seen;
    }

    /** The distinct pids that results starting with the {@code pid} step report. */
    private static Set<Long> pids(List<String> results) {
        Set<Long> pids = new HashSet<>();
        for (String r : results) {
            int end = r.indexOf(' ');
            pids.add(Long.parseLong(end < 0 ? r : r.substring(0, end)));
        }
        assertEquals(results.size(), pids.size(), "one result per worker: " + results);
        return pids;
    }
}
