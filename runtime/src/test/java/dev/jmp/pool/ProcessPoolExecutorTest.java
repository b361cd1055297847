package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProcessPoolExecutor} as an {@link ExecutorService} and as Python's executor, with child
 * JVMs here and with threads in {@link ThreadExecutorTest}, which runs these same tests.
 */
@ExtendWith(NoLeftovers.class)
class ProcessPoolExecutorTest {

    /** The context of the executors under test. */
    Context context() {
        return Multiprocessing.getContext(StartMethod.SPAWN);
    }

    ProcessPoolExecutor executor(int workers) {
        return new ProcessPoolExecutor(workers, context());
    }

    /** The executors' workers alive now: this JVM's children. */
    long workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
    }

    /** Whether the workers are gone: at once, for child JVMs that were killed. */
    boolean workersGone() throws InterruptedException {
        return workers() == 0;
    }

    @Test
    void submitMapInvokeAllAndInvokeAny() throws Exception {
        try (ProcessPoolExecutor executor = executor(3)) {
            assertEquals(9, executor.submit(square(3)).get(60, TimeUnit.SECONDS));
            List<Integer> squares = new ArrayList<>();
            executor.map(PoolTasks::square, List.of(1, 2, 3, 4, 5)).forEachRemaining(squares::add);
            assertEquals(List.of(1, 4, 9, 16, 25), squares);
            assertEquals(List.of(1, 4, 9), executor.map(PoolTasks::square, List.of(1, 2, 3), 2).stream().toList());

            ExecutorService service = executor;
            List<Callable<Integer>> calls = List.of(ProcessPoolExecutor.callable(square(5)),
                    ProcessPoolExecutor.callable(square(6)));
            List<Future<Integer>> all = service.invokeAll(calls);
            assertEquals(25, all.get(0).get());
            assertEquals(36, all.get(1).get());
            Callable<String> fails = ProcessPoolExecutor.callable(steps("throw:first"));
            Callable<String> works = ProcessPoolExecutor.callable(steps("sleep:100", "return:second"));
            assertEquals("second", service.invokeAny(List.of(fails, works)));
            ExecutionException none = assertThrows(ExecutionException.class, () -> service.invokeAny(List.of(fails)));
            assertInstanceOf(IllegalArgumentException.class, none.getCause());
        }
    }

    /** Python's executor {@code map} submits every task in the call, so an input that fails makes the call raise. */
    @Test
    void mapOfAFailingInputThrowsFromTheCallItself() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            Iterable<Integer> failing = () -> java.util.stream.Stream.iterate(0, i -> {
                if (i == 2) {
                    throw new IllegalStateException("the input failed");
                }
                return i + 1;
            }).iterator();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> executor.map(PoolTasks::square, failing));
            assertEquals("the input failed", e.getMessage());
        }
    }

    /** Python's executor workers are no daemons (since 3.9): a task may start a process. */
    @Test
    void aTaskMayStartAProcessOfItsOwn() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            assertEquals("false", executor.submit(steps("daemon")).get(60, TimeUnit.SECONDS));
            assertEquals("42", executor.submit(steps("process:print:from a worker's child|exit:42")).get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void aTasksExceptionIsTheCauseOfTheExecutionException() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            CompletableFuture<String> f = executor.submit(steps("throw:boom"));
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
            assertEquals("boom", e.getCause().getMessage());
            assertEquals("dev.jmp.testing.StepsEntry", e.getCause().getStackTrace()[0].getClassName());
        }
    }

    @Test
    void foreignCallablesAndRunnablesAreRejectedSayingWhatToSubmit() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            ExecutorService service = executor;
            RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> service.submit(() -> 1));
            assertTrue(e.getMessage().startsWith("[jmp.pool.not-a-task] ProcessPoolExecutor runs @ProcessTask tasks"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("submit a Task from a generated factory"), e.getMessage());
            assertThrows(RejectedExecutionException.class, () -> service.execute(() -> { }));
            assertThrows(RejectedExecutionException.class, () -> service.submit(() -> { }));
            assertThrows(RejectedExecutionException.class, () -> service.submit(() -> { }, "x"));
            assertThrows(RejectedExecutionException.class,
                    () -> service.invokeAll(List.of(ProcessPoolExecutor.callable(square(1)), () -> 2)));
        }
    }

    @Test
    void aCallableMadeFromATaskRunsInThisJvmWhenCalledDirectly() throws Exception {
        assertEquals(64, ProcessPoolExecutor.callable(square(8)).call());
        assertEquals(String.valueOf(ProcessHandle.current().pid()), ProcessPoolExecutor.callable(steps("pid")).call());
    }

    @Test
    void cancellingBeforeTheTaskStartsSkipsIt() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            CompletableFuture<String> busy = executor.submit(steps("sleep:300", "return:busy"));
            CompletableFuture<String> skipped = executor.submit(steps("exit:3"));
            assertTrue(skipped.cancel(false));
            assertEquals("busy", busy.get(60, TimeUnit.SECONDS));
            assertEquals(4, executor.submit(square(2)).get(60, TimeUnit.SECONDS), "the worker did not exit");
        }
    }

    /**
     * Python's executor starts a worker for a task only when no idle worker can take it, up to
     * its {@code max_workers}: sequential waited submits use one process; tasks submitted
     * together start more, never more than the maximum.
     */
    @Test
    void workersStartOnDemandAndIdleOnesAreReused(@TempDir Path tmp) throws Exception {
        try (ProcessPoolExecutor executor = executor(2)) {
            Set<String> pids = new HashSet<>(); // worker names: threads share a pid
            for (int i = 0; i < 3; i++) {
                pids.add(executor.submit(steps("name")).get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, pids.size(), "sequential waited submits used " + pids);
            assertEquals(1, workers(), "an idle worker is reused, not joined by another");
            // Two tasks at once, each waiting until both run: they need two workers.
            Path release = tmp.resolve("release");
            List<CompletableFuture<String>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(executor.submit(steps("touch:" + tmp.resolve("running-" + i), "await:" + release, "name")));
            }
            assertTrue(Deadline.await(Duration.ofSeconds(60),
                    () -> Files.exists(tmp.resolve("running-0")) && Files.exists(tmp.resolve("running-1"))));
            Files.writeString(release, "");
            for (CompletableFuture<String> f : both) {
                pids.add(f.get(60, TimeUnit.SECONDS));
            }
            List<CompletableFuture<String>> many = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                many.add(executor.submit(steps("name")));
            }
            for (CompletableFuture<String> f : many) {
                pids.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(2, pids.size(), "the executor's workers: " + pids);
            assertEquals(2, workers());
        }
    }

    @Test
    void shutdownRejectsNewTasksAndAwaitTerminationWaitsForTheSubmittedOnes() throws Exception {
        ProcessPoolExecutor executor = executor(2);
        CompletableFuture<String> pending = executor.submit(steps("sleep:200", "return:done"));
        executor.shutdown();
        assertTrue(executor.isShutdown());
        assertThrows(RejectedExecutionException.class, () -> executor.submit(square(1)));
        assertTrue(executor.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(executor.isTerminated());
        assertEquals("done", pending.get(0, TimeUnit.SECONDS));
    }

    @Test
    void shutdownNowStopsRunningTasksAndLeavesNoWorker() throws Exception {
        ProcessPoolExecutor executor = new ProcessPoolExecutor(2, context(), null, 0);
        CompletableFuture<String> hanging = executor.submit(steps("hang"));
        CompletableFuture<String> queued = executor.submit(steps("hang"));
        CompletableFuture<String> third = executor.submit(steps("return:never"));
        assertEquals(List.of(), executor.shutdownNow());
        assertTrue(executor.isTerminated());
        for (CompletableFuture<String> f : List.of(hanging, queued, third)) {
            assertThrows(CancellationException.class, () -> f.get(60, TimeUnit.SECONDS));
            assertTrue(f.isCancelled());
        }
        assertTrue(workersGone());
    }
}
