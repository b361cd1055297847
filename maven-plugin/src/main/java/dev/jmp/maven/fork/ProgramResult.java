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
public record ProgramResult(int exitCode, boolean timedOut, int destroyedDescendants, Duration elapsed) {}
