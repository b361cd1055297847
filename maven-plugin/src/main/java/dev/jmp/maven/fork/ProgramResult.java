package dev.jmp.maven.fork;

import java.time.Duration;

/**
 * How a forked program ended.
 *
 * @param exitCode the program's exit code; on Linux and macOS {@code 128 + N} when signal N
 *     ended it, which is what a timeout's destroy leads to
 * @param timedOut whether it was still running when its time was up and was destroyed
 * @param destroyedDescendants how many processes it had started that were destroyed with it
 * @param elapsed wall time from start to exit
 */
public record ProgramResult(int exitCode, boolean timedOut, int destroyedDescendants, Duration elapsed) {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /**
     * {@code code 3}; or {@code code 137 (128 + signal 9: killed)} where the JVM reports a death
     * by signal that way, since a bare 137 means little to most readers.
     */
    public String exitDescription() {
        int signal = exitCode - 128;
        if (WINDOWS || signal < 1 || signal > 64) {
            return "code " + exitCode;
        }
        return "code " + exitCode + " (128 + signal " + signal + signalName(signal) + ")";
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 1 -> ": hangup";
            case 2 -> ": interrupted";
            case 6 -> ": aborted";
            case 9 -> ": killed";
            case 11 -> ": segmentation fault";
            case 15 -> ": terminated";
            default -> "";
        };
    }
}
