package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker killed before it is ready is replaced like any dead worker; only a worker that fails
 * to start on its own, or workers killed at every start, break the pool. Each worker's initializer
 * waits for a file the test creates, so a kill before that is a kill while the worker starts,
 * however slowly the machine runs.
 */
@ExtendWith(NoLeftovers.class)
class StartingWorkerDeathTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private final Set<Long> killed = new HashSet<>();

    /** A worker not killed yet, as soon as its JVM exists. */
    private ProcessHandle nextWorker() throws InterruptedException {
        ProcessHandle[] found = new ProcessHandle[1];
        assertTrue(Deadline.await(LIMIT, () -> {
            Optional<ProcessHandle> child = ProcessHandle.current().children()
                    .filter(h -> h.isAlive() && !killed.contains(h.pid())).findFirst();
            child.ifPresent(h -> found[0] = h);
            return child.isPresent();
        }), "no new worker was started");
        return found[0];
    }

    /** A worker not killed yet, once it runs its initializer, which wrote its pid to {@code file}. */
    private ProcessHandle workerInInitializer(Path file) throws InterruptedException {
        long[] pid = new long[1];
        assertTrue(Deadline.await(LIMIT, () -> {
            try {
                pid[0] = Long.parseLong(Files.readString(file));
                return !killed.contains(pid[0]);
            } catch (java.io.IOException | NumberFormatException e) {
                return false;
            }
        }), "no new worker ran its initializer");
        return ProcessHandle.of(pid[0]).orElseThrow();
    }

    private void kill(ProcessHandle worker, boolean force) throws InterruptedException {
        killed.add(worker.pid());
        assertTrue(force ? worker.destroyForcibly() : worker.destroy());
        assertTrue(Deadline.await(LIMIT, () -> !worker.isAlive()));
    }

    @Test
    void workersKilledWhileTheyStartAreReplacedAndTheQueuedTaskRunsOnTheFirstThatStarts() throws Exception {
        Path pidFile = tmp.resolve("initializing");
        Path go = tmp.resolve("go");
        try (Pool pool = new Pool(1, steps("pidfile:" + pidFile, "await:" + go))) {
            AsyncResult<Integer> queued = pool.applyAsync(square(7));
            kill(nextWorker(), true);                  // its JVM is booting
            kill(workerInInitializer(pidFile), true);  // connected, running its initializer
            kill(workerInInitializer(pidFile), false); // SIGTERM, which runs the worker's exit hooks
            kill(nextWorker(), true);
            ProcessHandle survivor = nextWorker();
            Files.writeString(go, "");
            assertEquals(49, queued.get(LIMIT));
            assertEquals(String.valueOf(survivor.pid()), pool.apply(steps("pid")));
        }
    }

    @Test
    void workersKilledAtEveryStartBreakThePoolAfterAFewNamingTheSignal() throws Exception {
        Path pidFile = tmp.resolve("initializing");
        try (Pool pool = new Pool(1, steps("pidfile:" + pidFile, "hang"))) {
            AsyncResult<Integer> queued = pool.applyAsync(square(7));
            for (int i = 0; i < WorkerDeaths.MAX_LOST_STARTS; i++) {
                kill(workerInInitializer(pidFile), true);
            }
            ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(LIMIT));
            BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, e.getCause());
            assertTrue(broken.getMessage().startsWith("[jmp.pool.worker-start] worker "), broken.getMessage());
            assertTrue(broken.getMessage().contains("was killed by signal 9 (SIGKILL) before it was ready, the "
                    + WorkerDeaths.MAX_LOST_STARTS + "th start in a row lost to a signal"), broken.getMessage());
            assertThrows(BrokenPoolException.class, () -> pool.applyAsync(square(2)));
            assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive)));
        }
    }

    /**
     * Python's {@code Pool(n)} raises when its processes cannot start (its {@code start()} raises
     * at once for an executable that cannot be run): here the constructor throws, after a few
     * tries, with the launch's error, and leaves no worker behind.
     */
    @Test
    void aJavaThatCannotBeRunMakesTheConstructorThrowAfterAFewTriesWithTheLaunchsError() throws Exception {
        String javaHome = System.getProperty("java.home");
        System.setProperty("java.home", tmp.resolve("no-such-jdk").toString());
        try {
            for (Runnable create : List.<Runnable>of(() -> new Pool(2), () -> new ProcessPoolExecutor(2))) {
                BrokenPoolException broken = assertThrows(BrokenPoolException.class, create::run);
                assertTrue(broken.getMessage().startsWith("[jmp.pool.worker-start] cannot start worker "),
                        broken.getMessage());
                assertTrue(broken.getMessage().contains(", the " + WorkerDeaths.MAX_LOST_STARTS
                        + "th start in a row to fail: cannot start a JVM for "), broken.getMessage());
                assertTrue(broken.getMessage().contains("no-such-jdk"), broken.getMessage());
            }
        } finally {
            System.setProperty("java.home", javaHome);
        }
    }

    /**
     * A JVM that refuses its options starts and exits at once: the pool's constructor throws
     * with its words and what to check, instead of returning a pool that fails its first task.
     */
    @Test
    void aWorkerWhoseJvmRejectsItsOptionsMakesTheConstructorThrowSayingWhatToCheck() throws Exception {
        Context context = Multiprocessing.getContext(StartMethod.SPAWN).withJvmOptions("-XX:+NoSuchJmpOption");
        for (Runnable create : List.<Runnable>of(() -> new Pool(2, context), () -> new ProcessPoolExecutor(2, context))) {
            BrokenPoolException broken = assertThrows(BrokenPoolException.class, create::run);
            assertTrue(broken.getMessage().startsWith("[jmp.pool.worker-start] worker "), broken.getMessage());
            assertTrue(broken.getMessage().contains("ended with exit code 1 before it was ready"), broken.getMessage());
            assertTrue(broken.getMessage().contains("NoSuchJmpOption"), broken.getMessage());
            assertTrue(broken.getMessage().endsWith("check the pool's JVM options and class path"), broken.getMessage());
            assertTrue(ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive), "a worker was left running");
        }
    }
}
