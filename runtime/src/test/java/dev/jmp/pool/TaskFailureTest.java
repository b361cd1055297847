package dev.jmp.pool;

import static dev.jmp.testing.PoolTasks.square;
import static dev.jmp.testing.PoolTasks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.WireFormatException;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a caller sees when a task throws, or its argument or result cannot cross: from a child
 * JVM here, from a thread, the same, in {@link ThreadTaskFailureTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFailureTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private Pool pool;

    /** The pool under test, of one worker. */
    Pool newPool() {
        return new Pool(1);
    }

    /** A class of the worker's own frames, below the task's. */
    String workerFrame() {
        return "dev.jmp.launch.child.WorkerLoop";
    }

    @BeforeAll
    void start() {
        pool = newPool();
    }

    @AfterAll
    void stop() throws Exception {
        pool.terminate();
        new NoLeftovers().afterEach(null);
    }

    private static String trace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        return s.toString();
    }

    @Test
    void theTasksExceptionIsTheCauseWithTheWorkersStackTraceCauseAndSuppressed() throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> pool.applyAsync(steps("throw:boom")).get(LIMIT));
        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("boom", cause.getMessage());
        assertEquals("dev.jmp.testing.StepsEntry", cause.getStackTrace()[0].getClassName());
        assertEquals("step", cause.getStackTrace()[0].getMethodName());
        assertInstanceOf(IllegalStateException.class, cause.getCause());
        assertEquals("the cause", cause.getCause().getMessage());
        assertEquals("suppressed one", cause.getSuppressed()[0].getMessage());
        String printed = trace(e);
        assertTrue(printed.contains("at dev.jmp.testing.StepsEntry.invoke(StepsEntry.java:"), printed);
        assertTrue(printed.contains("at " + workerFrame()), "the worker's frames: " + printed);
    }

    @Test
    void blockingCallsThrowTaskFailedExceptionNamingTheTask() throws Exception {
        TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(steps("throw:boom")));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("Steps.run", e.task());
        assertTrue(e.getMessage().startsWith("[jmp.pool.task-failed] Steps.run failed: "), e.getMessage());
        TaskFailedException inMap = assertThrows(TaskFailedException.class,
                () -> pool.map(s -> steps(s), List.of("return:a", "throw:second", "return:c")));
        assertEquals("second", inMap.getCause().getMessage());
        var it = pool.imap(s -> steps(s), List.of("return:a", "throw:second", "return:c"));
        assertEquals("a", it.next());
        assertThrows(TaskFailedException.class, it::next);
        assertEquals("c", it.next(), "iterating goes on past a failed task");
    }

    @Test
    void anExceptionThatCannotBeRebuiltArrivesAsRemoteTaskExceptionNamingItsClass() {
        TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(steps("custom:7")));
        RemoteTaskException remote = assertInstanceOf(RemoteTaskException.class, e.getCause());
        assertEquals("dev.jmp.testing.StepsEntry$CodedException", remote.remoteClassName());
        assertEquals("code 7", remote.remoteMessage());
        assertEquals("dev.jmp.testing.StepsEntry", remote.getStackTrace()[0].getClassName());
    }

    @Test
    void aCheckedExceptionArrivesAsItselfOnlyWhereTheTaskMethodDeclaresIt() {
        TaskFailedException declared = assertThrows(TaskFailedException.class,
                () -> pool.apply(PoolTasks.declaring(new Class<?>[] {java.io.IOException.class}, "io:disk full")));
        assertInstanceOf(java.io.IOException.class, declared.getCause());
        assertEquals("disk full", declared.getCause().getMessage());
        TaskFailedException undeclared = assertThrows(TaskFailedException.class, () -> pool.apply(steps("io:disk full")));
        RemoteTaskException remote = assertInstanceOf(RemoteTaskException.class, undeclared.getCause());
        assertEquals("java.io.IOException", remote.remoteClassName());
    }

    @Test
    void anArgumentThatCannotBeEncodedFailsAtSubmitAndThePoolGoesOn() throws Exception {
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> pool.map(x -> PoolTasks.serialized(new Object()), List.of(1, 2)));
        assertTrue(e.getMessage().contains("[jmp.codec.not-serializable]"), e.getMessage());
        assertEquals(4, pool.apply(square(2)));
    }

    @Test
    void aResultThatCannotBeEncodedFailsThatTaskOnly() throws Exception {
        TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(steps("unencodable")));
        assertTrue(e.getCause().getMessage().contains("[jmp.codec.not-serializable]"), e.getCause().getMessage());
        assertEquals(9, pool.apply(square(3)));
    }
}
