package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ProcessPoolExecutor;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pools, executors and managers made with a context, and the heap its children get. */
@ExtendWith(NoLeftovers.class)
class ContextFactoriesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Context SMALL = Multiprocessing.getContext(StartMethod.SPAWN).withMaxHeap("200m");

    @Test
    void aProcessGetsTheContextsMaxHeap() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = SMALL.process(task("vmargs"));
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow());
            assertTrue(output.out().contains("-Xmx200m"), output.out());
        }
    }

    @Test
    void withoutOneAProcessStillGetsAMaxHeap() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("vmargs"));
            p.start();
            assertTrue(p.join(LIMIT));
            Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(output.out());
            // This JVM has no -Xmx of its own under Surefire: the default share, at least 128 MB.
            assertTrue(heap.find(), output.out());
            assertTrue(Long.parseLong(heap.group(1)) >= 128, output.out());
        }
    }

    @Test
    void aPoolOfTheContextHasItsHeapAndItsImapIsIterable() throws Exception {
        try (Pool pool = new Pool(2, SMALL)) {
            assertTrue(pool.apply(PoolTasks.steps("vmargs")).contains("-Xmx200m"));
            List<Integer> squares = new ArrayList<>();
            for (int square : pool.imap(PoolTasks::square, List.of(1, 2, 3))) {
                squares.add(square);
            }
            assertEquals(List.of(1, 4, 9), squares);
        }
    }

    @Test
    void anExecutorOfTheContextHasItsHeap() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(1, SMALL)) {
            assertTrue(executor.submit(PoolTasks.steps("vmargs")).get().contains("-Xmx200m"));
        }
    }

    @Test
    void builtPoolsAndExecutorsTakeEachOptionByName() throws Exception {
        try (Pool pool = Pool.builder().processes(1).context(SMALL).maxTasksPerChild(1).build()) {
            String first = pool.apply(PoolTasks.steps("vmargs"));
            assertTrue(first.contains("-Xmx200m"), first);
            assertNotEquals(pool.apply(PoolTasks.steps("pid")), pool.apply(PoolTasks.steps("pid")),
                    "one task per worker: each task a new worker");
        }
        try (ProcessPoolExecutor executor = ProcessPoolExecutor.builder().maxWorkers(1).context(SMALL)
                .maxTasksPerChild(1).build()) {
            assertTrue(executor.submit(PoolTasks.steps("vmargs")).get().contains("-Xmx200m"));
            assertNotEquals(executor.submit(PoolTasks.steps("pid")).get(), executor.submit(PoolTasks.steps("pid")).get(),
                    "one task per worker: each task a new worker");
        }
    }

    @Test
    void aManagerOfTheContextIsStartedAndItsServerHasTheHeap() throws Exception {
        try (SyncManager manager = Manager.start(SMALL)) {
            Map<String, Integer> shared = manager.dict();
            shared.put("a", 1);
            assertEquals(1, shared.get("a"));
            assertTrue(ProcessHandle.current().children().anyMatch(child -> child.info().arguments()
                    .map(args -> Arrays.asList(args).contains("-Xmx200m")).orElse(false)),
                    "no child JVM runs with -Xmx200m");
        }
    }

    /** Python's pool and executor workers are processes of their context, whose start method they run with. */
    @Test
    void poolAndExecutorWorkersRunWithTheStartMethodOfTheirContext() throws Exception {
        Context warm = Multiprocessing.getContext(StartMethod.WARM).withSpares(1, LIMIT);
        try (Pool pool = new Pool(1, warm); ProcessPoolExecutor executor = new ProcessPoolExecutor(1, warm)) {
            assertEquals("WARM", pool.apply(PoolTasks.steps("startmethod")));
            assertEquals("WARM", executor.submit(PoolTasks.steps("startmethod")).get());
        } finally {
            assertTrue(Multiprocessing.releaseSpares(LIMIT));
        }
        try (Pool pool = new Pool(1, SMALL)) {
            assertEquals("SPAWN", pool.apply(PoolTasks.steps("startmethod")));
        }
    }

    @Test
    void aBadHeapSizeSaysHowToWriteOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Multiprocessing.getContext(StartMethod.SPAWN).withMaxHeap("2 GB"));
        assertTrue(e.getMessage().startsWith("[jmp.context.max-heap] 2 GB is not a heap size"), e.getMessage());
        assertEquals("Context[SPAWN, maxHeap=200m]", SMALL.toString());
    }
}
