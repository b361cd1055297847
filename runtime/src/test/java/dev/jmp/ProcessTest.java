package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per way a child can end, each asserting what the user sees, under every start method:
 * a process on a warm spare behaves exactly as a cold one, and one on a thread
 * ({@link StartMethod#THREAD}) too wherever a thread can do what is tested (not exit, be killed,
 * or take JVM options; see {@link ThreadProcessTest}).
 */
@ExtendWith(NoLeftovers.class)
class ProcessTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** A process of {@code method}; a warm one runs on a spare that has booted and waits. */
    private static Process process(StartMethod method, Task<?> task) throws InterruptedException {
        Context context = Multiprocessing.getContext(method);
        if (method == StartMethod.WARM) {
            context = context.withSpares(1, LIMIT);
        }
        assertTrue(context.awaitSpares(LIMIT), "the spare did not boot");
        return context.process(task);
    }

    @AfterEach
    void releaseSpares() throws InterruptedException {
        assertTrue(Multiprocessing.releaseSpares(LIMIT), "spares still running");
    }

    private static int run(Process p) throws InterruptedException {
        p.start();
        return joined(p);
    }

    private static int joined(Process p) throws InterruptedException {
        assertTrue(p.join(LIMIT), "child did not exit in time");
        return p.exitCode().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM", "THREAD"})
    void returnsNormallyWithExitCodeZeroAndItsOutputArrivesBeforeJoinReturns(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("print:hello from the child", "err:a warning"));
            assertEquals(OptionalInt.empty(), p.exitCode());
            assertEquals(0, run(p));
            assertTrue(output.out().contains("hello from the child\n"), output.out());
            assertTrue(output.err().contains("a warning\n"), output.err());
            assertFalse(output.err().contains("[jmp]"), output.err());
        }
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void systemExitCodeIsTheExitCode(StartMethod method) throws Exception {
        assertEquals(42, run(process(method, task("exit:42"))));
        assertEquals(1, run(process(method, task("exit:1"))));
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void exitAboveOneHundredTwentyEightIsNotMistakenForASignal(StartMethod method) throws Exception {
        assertEquals(137, run(process(method, task("exit:137"))));
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM", "THREAD"})
    void uncaughtExceptionPrintsTheChildsStackTraceHeadedWithItsNameAndExitsOne(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("throw:boom"));
            assertEquals(1, run(p));
            String err = output.err();
            assertTrue(err.contains("Process " + p.name() + ":\n"), err);
            assertTrue(err.contains("java.lang.IllegalArgumentException: boom"), err);
            assertTrue(err.contains("at dev.jmp.testing.ScriptEntry.step"), err);
            assertFalse(err.contains("[jmp]"), "a reported exception is not an unexpected death: " + err);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void haltedChildIsReportedWithPidExitCodeAndItsLastStderrLines(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("err:last words", "halt:3"));
            assertEquals(3, run(p));
            assertTrue(Deadline.await(LIMIT, () -> output.err().contains("[jmp] " + p.name())), output.err());
            String err = output.err();
            assertTrue(err.contains("(pid " + p.pid() + ") died while running Script.run: exit code 3"), err);
            assertTrue(err.contains("    last words"), err);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void hangingChildIsTerminatedWithMinusFifteen(StartMethod method) throws Exception {
        Process p = process(method, task("hang"));
        p.start();
        assertTrue(p.isAlive());
        assertFalse(p.join(Duration.ofMillis(200)), "a hanging child must not end by itself");
        p.terminate();
        assertTrue(p.join(LIMIT));
        assertFalse(p.isAlive());
        assertEquals(-15, p.exitCode().orElseThrow());
    }

    /**
     * Python's {@code terminate()} sends SIGTERM, which ends the child at once, though it has a
     * running non-daemon child of its own. jmp's child ends as promptly, and its child with it:
     * where Python leaves the grandchild running, orphaned, jmp leaves no orphans.
     */
    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void terminateEndsAChildAtOnceThoughItHasARunningNonDaemonChildWhichEndsWithIt(StartMethod method)
            throws Exception {
        // Terminated while its task runs, and while its exit waits for its child, as Python's does.
        for (String then : List.of("hang", "exit:0")) {
            try (CapturedOutput output = new CapturedOutput()) {
                Process p = process(method, task("child:print:grandchild runs|hang", "onexit:child exits",
                        "print:child waits", then));
                p.start();
                String waiting = then.equals("hang") ? "child waits" : "child exits";
                assertTrue(Deadline.await(LIMIT, () -> output.out().contains("grandchild runs")
                        && output.out().contains(waiting)), output.out());
                long grandchild = Long.parseLong(output.out().lines().filter(l -> l.startsWith("child "))
                        .findFirst().orElseThrow().substring("child ".length()));
                p.terminate();
                assertTrue(p.join(LIMIT), "the child waits for its own child instead of ending, after " + then);
                assertEquals(-15, p.exitCode().orElseThrow(), then);
                assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(grandchild).map(h -> !h.isAlive())
                        .orElse(true)), "the grandchild outlived its parent, after " + then);
            }
        }
    }

    /**
     * Python 3.14's {@code interrupt()} stops a child as Ctrl-C would: the
     * {@code KeyboardInterrupt}, uncaught, prints its traceback and the exit code is 1. Here the
     * task's thread is interrupted, whether the child was running its task yet or not.
     */
    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM", "THREAD"})
    void interruptEndsABlockedTaskWithItsStackTraceAndExitCodeOne(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process running = process(method, task("print:blocking", "hang"));
            running.start();
            assertTrue(Deadline.await(LIMIT, () -> output.out().contains("blocking")), "its task never ran");
            running.interrupt();
            assertEquals(1, joined(running));
            Process starting = process(method, task("hang"));
            starting.start();
            starting.interrupt(); // a cold child is most likely still booting
            assertEquals(1, joined(starting));
            String err = output.err();
            assertTrue(err.contains("Process " + running.name() + ":\njava.lang.InterruptedException"), err);
            assertTrue(err.contains("Process " + starting.name() + ":\njava.lang.InterruptedException"), err);
            assertFalse(err.contains("[jmp]"), "an interrupted child is no unexpected death: " + err);
        }
    }

    /** A Python task may catch its {@code KeyboardInterrupt}; a task here may catch the interrupt, and go on. */
    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM", "THREAD"})
    void aTaskThatCatchesTheInterruptGoesOn(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("print:waiting", "catchinterrupt", "print:went on"));
            p.start();
            assertTrue(Deadline.await(LIMIT, () -> output.out().contains("waiting")));
            p.interrupt();
            assertEquals(0, joined(p));
            assertTrue(output.out().contains("interrupted\nwent on\n"), output.out());
            p.interrupt(); // no effect once it has exited
        }
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void killedChildHasMinusNine(StartMethod method) throws Exception {
        Process p = process(method, task("hang"));
        p.start();
        p.kill();
        assertTrue(p.join(LIMIT));
        assertEquals(-9, p.exitCode().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void childKilledByAnotherProcessIsReportedWithTheSignal(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("err:about to hang", "print:hanging", "hang"));
            p.start();
            assertTrue(Deadline.await(LIMIT, () -> output.out().contains("hanging")));
            ProcessHandle.of(p.pid()).orElseThrow().destroyForcibly();
            assertTrue(p.join(LIMIT));
            assertEquals(-9, p.exitCode().orElseThrow());
            assertTrue(Deadline.await(LIMIT, () -> output.err().contains("signal 9 (SIGKILL)")), output.err());
            assertTrue(output.err().contains("    about to hang"), output.err());
        }
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void childTerminatedByAnotherProcessHasMinusFifteenThoughItsExitHooksRan(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("print:hanging", "hang"));
            p.start();
            assertTrue(Deadline.await(LIMIT, () -> output.out().contains("hanging")), "its task never ran");
            ProcessHandle.of(p.pid()).orElseThrow().destroy();
            assertTrue(p.join(LIMIT));
            assertEquals(-15, p.exitCode().orElseThrow());
        }
        assertEquals(143, run(process(method, task("exit:143"))), "System.exit(143) is no signal");
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM", "THREAD"})
    void childKnowsItsNameAndItsParent(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = process(method, task("whoami")).name("worker");
            run(p);
            long me = ProcessHandle.current().pid();
            assertTrue(output.out().contains("I am ProcessInfo[name=worker, pid=" + p.pid() + ", daemon=false] child of "
                    + "ProcessInfo[name=MainProcess, pid=" + me), output.out());
        }
    }

    /**
     * Python's child runs with the start method of the context that started it: its
     * {@code get_start_method()} is that context's, and so are the processes it starts.
     */
    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void aChildRunsWithTheStartMethodOfTheContextThatStartedIt(StartMethod method) throws Exception {
        StartMethod before = Multiprocessing.getStartMethod();
        Multiprocessing.setStartMethod(method == StartMethod.WARM ? StartMethod.SPAWN : StartMethod.WARM);
        try (CapturedOutput output = new CapturedOutput()) {
            assertEquals(0, run(process(method, task("startmethod"))));
            assertTrue(output.out().contains("startMethod=" + method + "\n"), output.out());
        } finally {
            Multiprocessing.setStartMethod(before);
        }
    }

    /**
     * Python's {@code parent_process()} can be joined with a timeout: {@code join(timeout)}
     * returns once the parent ended or the time is up, and {@code is_alive()} tells which.
     */
    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void aChildCanJoinItsParentWithATimeout(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            assertEquals(0, run(process(method, task("joinparent:100"))));
            assertTrue(output.out().contains("parent joined=false alive=true\n"), output.out());
        }
    }

    /** What a child's {@code parentProcess().join} does once the parent ends, on a process that can end here. */
    @Test
    void aProcessInfosJoinReturnsOnceTheProcessEndedAndNeverJoinsThisProcess() throws Exception {
        java.lang.Process sleeper = new ProcessBuilder("sleep", "600").start();
        ProcessInfo info = new ProcessInfo("sleeper", sleeper.pid(), false);
        assertFalse(info.join(Duration.ofMillis(50)));
        assertTrue(info.isAlive());
        sleeper.destroy();
        assertTrue(info.join(LIMIT));
        assertFalse(info.isAlive());
        info.join();
        IllegalStateException self = assertThrows(IllegalStateException.class,
                () -> Multiprocessing.currentProcess().join(Duration.ZERO));
        assertTrue(self.getMessage().startsWith("[jmp.process.join-self]"), self.getMessage());
    }

    @Test
    void defaultNamesCountUpLikePythons() {
        String first = new Process(task()).name();
        String second = new Process(task()).name();
        int n = Integer.parseInt(first.substring("Process-".length()));
        assertEquals("Process-" + (n + 1), second);
        assertEquals("MainProcess", Multiprocessing.currentProcess().name());
        assertTrue(Multiprocessing.parentProcess().isEmpty());
        assertEquals(Runtime.getRuntime().availableProcessors(), Multiprocessing.cpuCount());
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void jvmOptionsOfTheContextAndTheProcessReachTheChild(StartMethod method) throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Context context = Multiprocessing.getContext(method).withJvmOptions("-Dfrom.context=yes");
            assertTrue(context.awaitSpares(LIMIT));
            Process p = context.process(task("prop:from.context", "prop:from.process")).jvmOptions("-Dfrom.process=too");
            assertEquals(0, run(p));
            assertTrue(output.out().contains("from.context=yes\n"), output.out());
            assertTrue(output.out().contains("from.process=too\n"), output.out());
        }
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void activeChildrenListsRunningChildrenOnly(StartMethod method) throws Exception {
        Process p = process(method, task("hang"));
        p.start();
        assertTrue(Multiprocessing.activeChildren().contains(p));
        p.kill();
        p.join();
        assertFalse(Multiprocessing.activeChildren().contains(p));
    }

    @ParameterizedTest
    @EnumSource(value = StartMethod.class, names = {"SPAWN", "WARM"})
    void misuseIsAnIllegalStateExceptionSayingWhatToDo(StartMethod method) throws Exception {
        Process p = process(method, task("hang"));
        assertTrue(assertThrows(IllegalStateException.class, p::join).getMessage().contains("call start() first"));
        assertThrows(IllegalStateException.class, p::pid);
        p.start();
        assertTrue(assertThrows(IllegalStateException.class, p::start).getMessage().contains("create a new Process"));
        assertTrue(assertThrows(IllegalStateException.class, () -> p.daemon(true)).getMessage().contains("before"));
        assertTrue(assertThrows(IllegalStateException.class, p::close).getMessage().contains("terminate()"));
        p.kill();
        p.join();
        p.close();
        assertTrue(assertThrows(IllegalStateException.class, p::isAlive).getMessage().contains("is closed"));
        assertThrows(IllegalStateException.class, p::start);
    }
}
