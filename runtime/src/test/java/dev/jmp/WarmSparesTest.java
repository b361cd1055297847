package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.pool.Pool;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the warm start method adds to a process: where its JVM comes from. That a process on a
 * spare behaves like a cold one is ProcessTest's and LifetimeTest's, run under both methods.
 */
@ExtendWith(NoLeftovers.class)
class WarmSparesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static Context warm(int spares) {
        return Multiprocessing.getContext(StartMethod.WARM).withSpares(spares, LIMIT);
    }

    /** This JVM's children that are alive: its spares, once its processes have exited. */
    private static Set<Long> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    @AfterEach
    void releaseSpares() throws InterruptedException {
        assertTrue(Multiprocessing.releaseSpares(LIMIT), "spares still running");
    }

    @Test
    void startHandsTheTaskToASpareThatHasBootedAndEachSpareRunsOneTask() throws Exception {
        Context context = warm(2);
        Set<Long> pids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            assertTrue(context.awaitSpares(LIMIT));
            Set<Long> spares = children();
            assertEquals(2, spares.size(), "spares: " + spares);
            Process p = context.process(task("print:run"));
            p.start();
            assertTrue(spares.contains(p.pid()), p.pid() + " is not one of the spares " + spares);
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow());
            assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(p.pid()).isEmpty()),
                    "a spare's JVM ends with its task");
            assertTrue(pids.add(p.pid()), "pid " + p.pid() + " ran two tasks");
        }
    }

    @Test
    void theFirstStartIsColdAndBootsTheSparesBehindIt() throws Exception {
        Context context = warm(1);
        Process p = context.process(task("print:cold"));
        p.start();
        assertTrue(p.join(LIMIT));
        assertEquals(0, p.exitCode().orElseThrow());
        assertTrue(context.awaitSpares(LIMIT), "the start did not refill the reservoir");
        assertEquals(1, children().size(), "spares: " + children());
    }

    @Test
    void aProgramThatStartsNothingHasNoSpares() throws Exception {
        Context context = warm(2);
        context.process(task("print:never"));
        assertEquals(Set.of(), children());
        assertTrue(Multiprocessing.getContext(StartMethod.SPAWN).awaitSpares(Duration.ZERO),
                "spawn has no spares to wait for");
        assertEquals(Set.of(), children());
    }

    @Test
    void aReservoirFillsEvenWhenItsIdleTimeoutIsShorterThanABootThenItsSparesDieWithoutAWord() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            // Far shorter than any JVM's boot: timeouts counted from each spare's start retired the
            // first spare before the second had booted, so two were never ready at once.
            Context context = Multiprocessing.getContext(StartMethod.WARM).withSpares(2, Duration.ofMillis(20));
            assertTrue(context.awaitSpares(LIMIT), "the reservoir never held two booted spares");
            assertTrue(Deadline.await(LIMIT, () -> children().isEmpty()),
                    "idle spares still running, or refilled without a start: " + children());
            assertFalse(output.err().contains("[jmp]"), output.err());
        }
    }

    @Test
    void sparesHaveTheirContextsJvmOptions() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Context plain = warm(1);
            Context tagged = warm(1).withJvmOptions("-Dtag=tagged");
            assertTrue(plain.awaitSpares(LIMIT));
            assertTrue(tagged.awaitSpares(LIMIT));
            assertEquals(2, children().size(), "one reservoir per set of options");
            Process p = tagged.process(task("prop:tag"));
            p.start();
            assertTrue(p.join(LIMIT));
            Process q = plain.process(task("prop:tag"));
            q.start();
            assertTrue(q.join(LIMIT));
            assertTrue(output.out().contains("tag=tagged\n"), output.out());
            assertTrue(output.out().contains("tag=null\n"), output.out());
        }
    }

    @Test
    void poolWorkersOfAWarmContextAreSpares() throws Exception {
        Context context = warm(2);
        assertTrue(context.awaitSpares(LIMIT));
        Set<Long> spares = children();
        try (Pool pool = new Pool(2, null, 0, context)) {
            assertEquals(List.of(1, 4, 9), pool.map(PoolTasks::square, List.of(1, 2, 3)));
            Set<Long> workers = children();
            workers.retainAll(spares);
            assertEquals(spares, workers, "the workers are the spares, still running");
        }
    }

    @Test
    void badSpareSettingsSayWhatToDo() {
        Context spawn = Multiprocessing.getContext(StartMethod.SPAWN);
        assertTrue(assertThrows(IllegalStateException.class, () -> spawn.withSpares(2, LIMIT))
                .getMessage().contains("StartMethod.WARM"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> warm(0)).getMessage().contains("SPAWN"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Multiprocessing.getContext(StartMethod.WARM).withSpares(1, Duration.ZERO))
                .getMessage().contains("positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StartMethod.parse("fork"))
                .getMessage().contains("[spawn, warm, cluster, thread]"));
        assertEquals(StartMethod.WARM, StartMethod.parse(" Warm "));
    }
}
