package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test per way a child can end, each asserting what the user sees. */
@ExtendWith(NoLeftovers.class)
class ProcessTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static int run(Process p) throws InterruptedException {
        p.start();
        assertTrue(p.join(LIMIT), "child did not exit in time");
        return p.exitCode().orElseThrow();
    }

    @Test
    void returnsNormallyWithExitCodeZeroAndItsOutputArrivesBeforeJoinReturns() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("print:hello from the child", "err:a warning"));
            assertEquals(OptionalInt.empty(), p.exitCode());
            assertEquals(0, run(p));
            assertTrue(output.out().contains("hello from the child\n"), output.out());
            assertTrue(output.err().contains("a warning\n"), output.err());
            assertFalse(output.err().contains("[jmp]"), output.err());
        }
    }

    @Test
    void systemExitCodeIsTheExitCode() throws Exception {
        assertEquals(42, run(new Process(task("exit:42"))));
        assertEquals(1, run(new Process(task("exit:1"))));
    }

    @Test
    void exitAboveOneHundredTwentyEightIsNotMistakenForASignal() throws Exception {
        assertEquals(137, run(new Process(task("exit:137"))));
    }

    @Test
    void uncaughtExceptionPrintsTheChildsStackTraceHeadedWithItsNameAndExitsOne() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("throw:boom"));
            assertEquals(1, run(p));
            String err = output.err();
            assertTrue(err.contains("Process " + p.name() + ":\n"), err);
            assertTrue(err.contains("java.lang.IllegalArgumentException: boom"), err);
            assertTrue(err.contains("at dev.jmp.testing.ScriptEntry.step"), err);
            assertFalse(err.contains("[jmp]"), "a reported exception is not an unexpected death: " + err);
        }
    }

    @Test
    void haltedChildIsReportedWithPidExitCodeAndItsLastStderrLines() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("err:last words", "halt:3"));
            assertEquals(3, run(p));
            assertTrue(Deadline.await(LIMIT, () -> output.err().contains("[jmp] " + p.name())), output.err());
            String err = output.err();
            assertTrue(err.contains("(pid " + p.pid() + ") died while running Script.run: exit code 3"), err);
            assertTrue(err.contains("    last words"), err);
        }
    }

    @Test
    void hangingChildIsTerminatedWithMinusFifteen() throws Exception {
        Process p = new Process(task("hang"));
        p.start();
        assertTrue(p.isAlive());
        assertFalse(p.join(Duration.ofMillis(200)), "a hanging child must not end by itself");
        p.terminate();
        assertTrue(p.join(LIMIT));
        assertFalse(p.isAlive());
        assertEquals(-15, p.exitCode().orElseThrow());
    }

    @Test
    void killedChildHasMinusNine() throws Exception {
        Process p = new Process(task("hang"));
        p.start();
        p.kill();
        assertTrue(p.join(LIMIT));
        assertEquals(-9, p.exitCode().orElseThrow());
    }

    @Test
    void childKilledByAnotherProcessIsReportedWithTheSignal() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("err:about to hang", "print:hanging", "hang"));
            p.start();
            assertTrue(Deadline.await(LIMIT, () -> output.out().contains("hanging")));
            ProcessHandle.of(p.pid()).orElseThrow().destroyForcibly();
            assertTrue(p.join(LIMIT));
            assertEquals(-9, p.exitCode().orElseThrow());
            assertTrue(Deadline.await(LIMIT, () -> output.err().contains("signal 9 (SIGKILL)")), output.err());
            assertTrue(output.err().contains("    about to hang"), output.err());
        }
    }

    @Test
    void childKnowsItsNameAndItsParent() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("whoami")).name("worker");
            run(p);
            long me = ProcessHandle.current().pid();
            assertTrue(output.out().contains("I am ProcessInfo[name=worker, pid=" + p.pid() + ", daemon=false] child of "
                    + "ProcessInfo[name=MainProcess, pid=" + me), output.out());
        }
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

    @Test
    void jvmOptionsOfTheContextAndTheProcessReachTheChild() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Context context = Multiprocessing.getContext(StartMethod.SPAWN).withJvmOptions("-Dfrom.context=yes");
            Process p = context.process(task("prop:from.context", "prop:from.process")).jvmOptions("-Dfrom.process=too");
            assertEquals(0, run(p));
            assertTrue(output.out().contains("from.context=yes\n"), output.out());
            assertTrue(output.out().contains("from.process=too\n"), output.out());
        }
    }

    @Test
    void activeChildrenListsRunningChildrenOnly() throws Exception {
        Process p = new Process(task("hang"));
        p.start();
        assertTrue(Multiprocessing.activeChildren().contains(p));
        p.kill();
        p.join();
        assertFalse(Multiprocessing.activeChildren().contains(p));
    }

    @Test
    void misuseIsAnIllegalStateExceptionSayingWhatToDo() throws Exception {
        Process p = new Process(task("hang"));
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
