package dev.jmp.maven;

import dev.jmp.diagnostics.Deadlock;
import dev.jmp.maven.verify.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges one scenario's {@link Outcome}: each problem becomes a report of its own, a
 * {@link Message} line followed by the evidence (deadlock report, thread dumps, output tail).
 * A program that deadlocked or timed out was destroyed, so its exit code and leftovers say
 * nothing more and are not judged.
 */
final class ScenarioCheck {

    static final int TAIL_LINES = 40;

    private ScenarioCheck() {}

    /** The problems of {@code outcome}; empty when the scenario passed. */
    static List<String> problems(Scenario scenario, String description, int timeoutSeconds, Outcome outcome) {
        String name = scenario.label();
        List<String> problems = new ArrayList<>();
        switch (outcome.ending()) {
            case DEADLOCKED -> {
                StringBuilder report = new StringBuilder(Message.VERIFY_DEADLOCK.format(name, description));
                for (Deadlock deadlock : outcome.deadlocks()) {
                    report.append('\n').append(deadlock.report().stripTrailing());
                }
                problems.add(withTail(report.toString(), outcome));
            }
            case TIMED_OUT -> problems.add(withTail(Message.VERIFY_TIMEOUT.format(name, description, timeoutSeconds)
                    + "\n" + outcome.threadDumps().stripTrailing(), outcome));
            case EXITED -> {
                if (outcome.result().exitCode() != scenario.expectedExitCode()) {
                    problems.add(withTail(Message.VERIFY_EXIT.format(name, description,
                            outcome.result().exitDescription(), scenario.expectedExitCode()), outcome));
                }
                String expected = scenario.expectedOutput();
                if (expected != null && !Pattern.compile(expected, Pattern.MULTILINE)
                        .matcher(String.join("\n", outcome.output())).find()) {
                    problems.add(withTail(Message.VERIFY_OUTPUT.format(name, description, expected), outcome));
                }
                if (!outcome.leakedProcesses().isEmpty()) {
                    problems.add(Message.VERIFY_LEAKED_PROCESS.format(name, description,
                            outcome.leakedProcesses().size(), String.join("; ", outcome.leakedProcesses())));
                }
                if (!outcome.leakedSegments().isEmpty()) {
                    problems.add(Message.VERIFY_LEAKED_SEGMENT.format(name, description,
                            outcome.leakedSegments().size(), String.join(", ", outcome.leakedSegments())));
                }
            }
        }
        return problems;
    }

    private static String withTail(String report, Outcome outcome) {
        List<String> tail = outcome.tail(TAIL_LINES);
        StringBuilder text = new StringBuilder(report);
        text.append("\nlast ").append(tail.size()).append(" line(s) of output:");
        tail.forEach(line -> text.append("\n  | ").append(line));
        return text.toString();
    }
}
