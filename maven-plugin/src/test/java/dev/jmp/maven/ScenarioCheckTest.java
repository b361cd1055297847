package dev.jmp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.diagnostics.Deadlock;
import dev.jmp.maven.fork.ProgramResult;
import dev.jmp.maven.verify.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCheckTest {

    private static final Scenario SCENARIO = new Scenario("transfers", null, "Bank.transfer", List.of(), 0, 0, "done \\d+");

    private static Outcome exited(int code, List<String> processes, List<String> segments, String... output) {
        return new Outcome(new ProgramResult(code, false, 0, Duration.ofSeconds(1)), Outcome.Ending.EXITED,
                List.of(), "", processes, segments, List.of(output));
    }

    private static List<String> problems(Outcome outcome) {
        return ScenarioCheck.problems(SCENARIO, "task Bank.transfer", 30, outcome);
    }

    @Test
    void theExpectedCodeAndOutputPass() {
        assertEquals(List.of(), problems(exited(0, List.of(), List.of(), "start", "done 42")));
    }

    @Test
    void anotherExitCodeIsReportedWithTheOutputTail() {
        List<String> problems = problems(exited(3, List.of(), List.of(), "done 1", "boom"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("[" + Message.VERIFY_EXIT.code() + "] scenario transfers"), problems.get(0));
        assertTrue(problems.get(0).contains("  | boom"), problems.get(0));
    }

    @Test
    void missingOutputLeakedProcessesAndSegmentsAreEachReported() {
        List<String> problems = problems(exited(0, List.of("77 sleep 60"), List.of("jmp-1-2-3"), "nothing"));
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).contains(Message.VERIFY_OUTPUT.code()), problems.get(0));
        assertTrue(problems.get(1).contains(Message.VERIFY_LEAKED_PROCESS.code()) && problems.get(1).contains("77 sleep 60"));
        assertTrue(problems.get(2).contains(Message.VERIFY_LEAKED_SEGMENT.code()) && problems.get(2).contains("jmp-1-2-3"));
    }

    @Test
    void aDeadlockIsReportedWithItsThreadsAndNothingElseIsJudged() {
        Deadlock deadlock = new Deadlock(List.of(
                new Deadlock.Party("Process-1", 10, "main", "Lock A", "Lock B", "\tat x.Y.a(Y.java:1)\n"),
                new Deadlock.Party("Process-2", 20, "main", "Lock B", "Lock A", "\tat x.Y.b(Y.java:2)\n")),
                "where Lock A is s@64 and Lock B is s@72");
        Outcome outcome = new Outcome(new ProgramResult(143, true, 2, Duration.ofSeconds(1)), Outcome.Ending.DEADLOCKED,
                List.of(deadlock), "", List.of(), List.of("jmp-1-2-3"), List.of("started"));
        List<String> problems = problems(outcome);
        assertEquals(1, problems.size());
        String report = problems.get(0);
        assertTrue(report.contains(Message.VERIFY_DEADLOCK.code()), report);
        assertTrue(report.contains("Process-1 (pid 10, thread \"main\") holds Lock A and waits for Lock B"), report);
        assertTrue(report.contains("at x.Y.b(Y.java:2)"), report);
    }

    @Test
    void aTimeoutCarriesTheThreadDumps() {
        Outcome outcome = new Outcome(new ProgramResult(143, true, 0, Duration.ofSeconds(30)), Outcome.Ending.TIMED_OUT,
                List.of(), "--- thread dump of pid 10 ---\n\"main\" ...", List.of(), List.of(), List.of());
        String report = problems(outcome).get(0);
        assertTrue(report.contains(Message.VERIFY_TIMEOUT.code()) && report.contains("within 30 s"), report);
        assertTrue(report.contains("--- thread dump of pid 10 ---"), report);
    }
}
