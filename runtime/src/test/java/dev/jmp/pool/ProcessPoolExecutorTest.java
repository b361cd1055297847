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
import java.io.Serializable;
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
    void aCallableOrRunnableThatIsNotSerializableIsRejectedSayingHowToMakeItWork() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            ExecutorService service = executor;
            RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> service.submit(() -> 1));
            assertTrue(e.getMessage().startsWith("[jmp.pool.not-serializable] ProcessPoolExecutor cannot run the"
                    + " Callable (a lambda of dev.jmp.pool.ProcessPoolExecutorTest) in another JVM: it is not"
                    + " Serializable"), e.getMessage());
            assertTrue(e.getMessage().contains("Make it a @ProcessTask and submit its Task"), e.getMessage());
            assertTrue(e.getMessage().contains("a lambda cast to (Callable<T> & Serializable)"), e.getMessage());
            assertThrows(RejectedExecutionException.class, () -> service.execute(() -> { }));
            assertThrows(RejectedExecutionException.class, () -> service.submit(() -> { }));
            assertThrows(RejectedExecutionException.class, () -> service.submit(() -> { }, "x"));
            assertThrows(RejectedExecutionException.class,
                    () -> service.invokeAll(List.of(ProcessPoolExecutor.callable(square(1)), () -> 2)));
            Object notSerializable = new Object();
            RejectedExecutionException captured = assertThrows(RejectedExecutionException.class,
                    () -> service.submit((Callable<String> & Serializable) () -> notSerializable.toString()));
            assertTrue(captured.getMessage().contains(": it captures or holds a java.lang.Object, which is not"
                    + " Serializable"), captured.getMessage());
            // CompletableFuture wraps the supplier in a Runnable of the JDK's, which cannot cross.
            assertThrows(RejectedExecutionException.class, () -> CompletableFuture.supplyAsync(
                    (java.util.function.Supplier<Integer> & Serializable) () -> 1, executor));
            assertEquals(4, executor.submit(square(2)).get(60, TimeUnit.SECONDS), "nothing was left half-submitted");
        }
    }

    /** A serializable class of the test's own: what it holds crosses with it, and so does its result. */
    record Sum(List<Integer> terms) implements Callable<Total>, Serializable {
        @Override
        public Total call() {
            return new Total(terms.stream().mapToInt(Integer::intValue).sum(), Multiprocessing.currentProcess().name());
        }
    }

    /** A result of the callable's own package. */
    record Total(int value, String by) implements Serializable {}

    @Test
    void aSerializableLambdaOrClassRunsInAWorkerWithWhatItCaptures() throws Exception {
        try (ProcessPoolExecutor executor = executor(2)) {
            ExecutorService service = executor;
            int base = 40;
            String label = "answer=";
            Future<String> lambda = service.submit((Callable<String> & Serializable) () -> label + (base + 2)
                    + " in " + Multiprocessing.currentProcess().name());
            String answer = lambda.get(60, TimeUnit.SECONDS);
            assertTrue(answer.startsWith("answer=42 in "), answer);
            assertFalse(answer.endsWith(" in MainProcess"), "it ran in a worker: " + answer);
            Total total = service.submit(new Sum(List.of(1, 2, 3))).get(60, TimeUnit.SECONDS);
            assertEquals(6, total.value());
            assertFalse(total.by().equals("MainProcess"), total.by());
            assertEquals(null, service.submit((Runnable & Serializable) () -> { }).get(60, TimeUnit.SECONDS));
            assertEquals("done", service.submit((Runnable & Serializable) () -> { }, "done").get(60, TimeUnit.SECONDS));
            List<Future<Integer>> all = service.invokeAll(List.of(ProcessPoolExecutor.callable(square(5)),
                    (Callable<Integer> & Serializable) () -> base + 3));
            assertEquals(25, all.get(0).get());
            assertEquals(43, all.get(1).get());
        }
    }

    @Test
    void whatASerializableCallableThrowsReachesTheFutureAsItself() throws Exception {
        try (ProcessPoolExecutor executor = executor(1)) {
            ExecutorService service = executor;
            Future<String> checked = service.submit((Callable<String> & Serializable) () -> {
                throw new java.io.IOException("disk full");
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> checked.get(60, TimeUnit.SECONDS));
            assertInstanceOf(java.io.IOException.class, e.getCause());
            assertEquals("disk full", e.getCause().getMessage());
            Future<?> unchecked = service.submit((Runnable & Serializable) () -> {
                throw new IllegalArgumentException("bad input");
            });
            e = assertThrows(ExecutionException.class, () -> unchecked.get(60, TimeUnit.SECONDS));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals("bad input", e.getCause().getMessage());
            Future<Object> unsendable = service.submit((Callable<Object> & Serializable) Object::new);
            e = assertThrows(ExecutionException.class, () -> unsendable.get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().startsWith("[jmp.pool.callable-result] the result of"),
                    e.getCause().getMessage());
            Future<java.net.URI> foreign = service.submit((Callable<java.net.URI> & Serializable)
                    () -> java.net.URI.create("https://example.org"));
            e = assertThrows(ExecutionException.class, () -> foreign.get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().startsWith("[jmp.pool.callable-result-refused] the result of"),
                    e.getCause().getMessage());
            assertEquals(9, executor.submit(square(3)).get(60, TimeUnit.SECONDS), "the worker goes on");
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
