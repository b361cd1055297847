package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.Process;
import dev.jmp.pool.AsyncResult;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import dev.jmp.pool.TaskFailedException;
import dev.jmp.pool.WorkerDiedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same pool, executor and process code as on one machine, on three members in this JVM, whose
 * worker JVMs are this JVM's grandchildren... of its members' making.
 */
class ClusterPoolTest {

    @TempDir
    static Path dir;

    static TestCluster cluster;
    static Context context;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(3, 2, dir);
        context = Multiprocessing.getContext(StartMethod.CLUSTER);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aMapSpreadsOverTheMembersAndItsResultsComeBackInOrder() throws Exception {
        List<Integer> xs = IntStream.range(0, 500).boxed().toList();
        List<String> results;
        try (Pool pool = new Pool(3, null, 0, context)) {
            results = pool.map(WorkTasks::whereSquare, xs, 10);
        }
        Set<String> members = new HashSet<>();
        List<Integer> squares = new ArrayList<>();
        for (String r : results) {
            String[] f = r.split(" ");
            members.add(f[0]);
            squares.add(Integer.parseInt(f[2]));
        }
        assertEquals(xs.stream().map(x -> x * x).toList(), squares);
        // Which members ran tasks depends on how fast each worker JVM started: a first worker may
        // finish a short map alone. That the pool's workers spread over the members is shown where
        // tasks hold their workers (MemberDeathTest, the run-cluster-two-members IT).
        assertTrue(!members.isEmpty());
    }

    @Test
    void applyReturnsAndAFailureComesBackAsTheTasksException() throws Exception {
        try (Pool pool = new Pool(2, null, 0, context)) {
            assertEquals(49, pool.apply(WorkTasks.square(7)));
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(WorkTasks.fail("boom")));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals("boom", e.getCause().getMessage());
        }
    }

    /**
     * A member's answers complete on the client thread that reads them: Hazelcast's executor proxy
     * would start a thread per stage of each answer where the JDK's common pool has fewer than two
     * threads, as on a machine of two cores.
     */
    @Test
    void roundTripsStartNoThreadsInTheDriver() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Pool pool = new Pool(1, null, 0, context)) {
            assertEquals(0, pool.apply(WorkTasks.square(0))); // its worker runs
            long before = threads.getTotalStartedThreadCount();
            for (int i = 1; i <= 200; i++) {
                assertEquals(i * i, pool.apply(WorkTasks.square(i)));
            }
            long started = threads.getTotalStartedThreadCount() - before;
            assertTrue(started < 50, started + " threads started in this JVM during 200 round trips");
        }
    }

    /**
     * A closed pool's worker JVMs wait on their members, and this driver's next pool runs in them,
     * warm, as a local pool's workers go to the next local pool; each member takes the worker it
     * parked last, and the two pools spread over the members alike.
     */
    @Test
    void theNextPoolOfTheDriverRunsInTheWorkerJvmsTheLastOneReleased() throws Exception {
        Set<String> first = workerJvms();
        Set<String> second = workerJvms();
        assertTrue(first.containsAll(second), "the second pool ran in " + second + ", the first in " + first);
    }

    /** Where a pool of three ran the tasks of a map: "host:port pid" of each worker JVM. */
    private static Set<String> workerJvms() throws Exception {
        Set<String> where = new HashSet<>();
        try (Pool pool = new Pool(3, null, 0, context)) {
            for (String r : pool.map(WorkTasks::whereSquare, IntStream.range(0, 60).boxed().toList(), 1)) {
                String[] f = r.split(" ");
                where.add(f[0] + " " + f[1]);
            }
        }
        return where;
    }

    @Test
    void cancelTrueKillsTheRemoteWorkerJvmAndTheNextTaskRunsOnItsReplacement() throws Exception {
        Path started = dir.resolve("cancel-started");
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, context)) {
            CompletableFuture<String> hang = executor.submit(WorkTasks.awaitRelease(started.toString(), "never"));
            CompletableFuture<Integer> next = executor.submit(WorkTasks.square(3));
            assertTrue(Await.until(() -> Files.exists(started)), "the task never started");
            long pid = pidIn(started);
            assertTrue(hang.cancel(true));
            assertThrows(CancellationException.class, hang::join);
            assertEquals(9, next.get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(Await.until(() -> Await.gone(pid)), "the worker JVM of the cancelled task still runs");
            executor.shutdownNow();
        }
    }

    @Test
    void maxTasksPerChildReplacesRemoteWorkersAndAnInitializerRunsInEach() throws Exception {
        try (Pool pool = new Pool(1, WorkTasks.initialize(), 2, context)) {
            Set<String> pids = new HashSet<>();
            for (String r : pool.map(WorkTasks::whereSquare, List.of(1, 2, 3, 4, 5, 6), 1)) {
                pids.add(r.split(" ")[1]);
            }
            assertEquals(3, pids.size(), "two tasks per worker JVM: " + pids);
            assertEquals(1, pool.apply(WorkTasks.initializedCount()), "the initializer ran once in the worker");
        }
    }

    @Test
    void aWorkerJvmKilledOnItsMemberFailsOnlyItsTaskAndThePoolGoesOn() throws Exception {
        Path started = dir.resolve("killed-started");
        try (Pool pool = new Pool(2, null, 0, context)) {
            AsyncResult<String> doomed = pool.applyAsync(WorkTasks.awaitRelease(started.toString(), "never"));
            assertTrue(Await.until(() -> Files.exists(started)), "the task never started");
            ProcessHandle.of(pidIn(started)).orElseThrow().destroyForcibly();
            ExecutionException e = assertThrows(ExecutionException.class, () -> doomed.get(Await.LIMIT));
            WorkerDiedException died = assertInstanceOf(WorkerDiedException.class, e.getCause());
            assertTrue(died.getMessage().startsWith("[jmp.pool.worker-died] ") && died.getMessage().contains("signal 9"),
                    died.getMessage());
            assertEquals(List.of(1, 4, 9, 16), pool.map(WorkTasks::square, List.of(1, 2, 3, 4)));
        }
    }

    @Test
    void aProcessRunsOnAMemberWithItsHostPidExitCodeTerminateAndKill() throws Exception {
        Set<String> addresses = new HashSet<>();
        cluster.members.forEach(m -> addresses.add(m.address()));
        Process ok = context.process(WorkTasks.exit(3));
        ok.start();
        assertTrue(ok.join(Await.LIMIT));
        assertEquals(OptionalInt.of(3), ok.exitCode());
        assertTrue(addresses.contains(ok.host()), ok.host());
        for (boolean force : List.of(false, true)) {
            Path started = dir.resolve("process-started-" + force);
            Process hanging = context.process(WorkTasks.awaitRelease(started.toString(), "never"));
            hanging.start();
            assertTrue(Await.until(() -> Files.exists(started)), "the process never started");
            assertEquals(hanging.pid(), pidIn(started), "the pid is the child's on its member's machine");
            assertEquals(hanging.host(), Files.readString(started).split(" ")[0]);
            if (force) {
                hanging.kill();
            } else {
                hanging.terminate();
            }
            assertTrue(hanging.join(Await.LIMIT));
            assertEquals(OptionalInt.of(force ? -9 : -15), hanging.exitCode());
        }
    }

    @Test
    void processesSpreadOverTheMembersBeforeDoublingUp() throws Exception {
        Path release = dir.resolve("spread-release");
        List<Process> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Process p = context.process(WorkTasks.awaitRelease(dir.resolve("spread-" + i).toString(), release.toString()));
                p.start();
                held.add(p);
            }
            Set<String> hosts = new HashSet<>();
            held.forEach(p -> hosts.add(p.host()));
            assertEquals(3, hosts.size(), "one process on each of the 3 members: " + hosts);
        } finally {
            Files.writeString(release, "");
            for (Process p : held) {
                assertTrue(p.join(Await.LIMIT));
            }
        }
    }

    /**
     * The members run in this JVM, so what their processes print comes to this {@code System.out}:
     * here a slow one, so that lines are still on their way when the process has exited.
     */
    @Test
    void whenJoinReturnsTheProcessHasPrintedAllItsOutputToItsMembersLog() throws Exception {
        SlowOutput slow = new SlowOutput();
        PrintStream original = System.out;
        System.setOut(new PrintStream(slow, true));
        try {
            Process p = context.process(WorkTasks.printLines(1500));
            p.start();
            assertTrue(p.join(Await.LIMIT));
            assertTrue(slow.text().contains("line 1499\n"), "the last line is not in the member's log yet");
        } finally {
            System.setOut(original);
        }
    }

    /** Keeps what is written, a millisecond for every third write. */
    private static final class SlowOutput extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int writes;

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            if (++writes % 3 == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void inTheInMemberModeTasksRunOnThreadsOfTheMembers() throws Exception {
        System.setProperty("jmp.cluster.mode", "member");
        try (Pool pool = new Pool(3, null, 0, context)) {
            List<String> results = pool.map(WorkTasks::whereSquare, List.of(1, 2, 3, 4, 5, 6), 1);
            for (int i = 0; i < results.size(); i++) {
                String[] f = results.get(i).split(" ");
                assertEquals(Long.toString(ProcessHandle.current().pid()), f[1], "ran in the member's own JVM");
                assertEquals(Integer.toString((i + 1) * (i + 1)), f[2]);
            }
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(WorkTasks.fail("in member")));
            assertEquals("in member", e.getCause().getMessage());
        } finally {
            System.clearProperty("jmp.cluster.mode");
        }
    }

    private static long pidIn(Path started) throws IOException {
        return Long.parseLong(Files.readString(started).split(" ")[1]);
    }
}
