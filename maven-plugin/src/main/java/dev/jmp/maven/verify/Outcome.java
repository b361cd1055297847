package dev.jmp.maven.verify;

import dev.jmp.diagnostics.Deadlock;
import dev.jmp.maven.fork.ProgramResult;
import java.util.List;

/**
 * What happened when one program ran under verification: how it ended, and what it left.
 *
 * @param result the exit code, elapsed time and whether it was destroyed
 * @param ending whether it exited by itself, ran out of time, or deadlocked
 * @param deadlocks the deadlocks found among its processes; empty unless it deadlocked
 * @param threadDumps a thread dump of every process of the program when it timed out; else empty
 * @param leakedProcesses processes it started that still ran once it had exited, as {@code pid command}
 * @param leakedSegments shared-memory segment files left in its segment directory
 * @param output everything it printed, stdout and stderr as they came (the start cut when huge)
 */
public record Outcome(ProgramResult result, Ending ending, List<Deadlock> deadlocks, String threadDumps,
        List<String> leakedProcesses, List<String> leakedSegments, List<String> output) {

    /** How the program ended. */
    public enum Ending { EXITED, TIMED_OUT, DEADLOCKED }

    public Outcome {
        deadlocks = List.copyOf(deadlocks);
        leakedProcesses = List.copyOf(leakedProcesses);
        leakedSegments = List.copyOf(leakedSegments);
        output = List.copyOf(output);
    }

    /** The last {@code lines} lines of the output. */
    public List<String> tail(int lines) {
        return output.subList(Math.max(0, output.size() - lines), output.size());
    }
}
