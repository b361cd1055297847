package dev.jmp.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process as the operating system knows it: its pid plus its start time, so that a pid the
 * kernel has handed to a newer process is not mistaken for the one that was recorded.
 *
 * <p>On Linux the start time is field 22 of {@code /proc/<pid>/stat} (clock ticks since boot),
 * which every reader sees identically; a zombie counts as dead. Elsewhere it is the start instant
 * in milliseconds that {@link ProcessHandle.Info} reports. Both sides of a comparison always run
 * on the same machine and use the same source.
 *
 * @param pid        the process id
 * @param startTicks the start time; 0 when the platform does not report one
 */
public record ProcessIdentity(long pid, long startTicks) {

    private static final Path PROC = Path.of("/proc");
    private static final long CURRENT_PID = readCurrentPid();
    private static final ProcessIdentity CURRENT = of(CURRENT_PID).orElse(new ProcessIdentity(CURRENT_PID, 0));

    /**
     * This JVM's pid. Read from {@code /proc/self} where there is one: a child needs its pid at
     * once, and the first use of {@link ProcessHandle} costs a child about 10 ms of bootstrap
     * (its implementation's lambdas and reaper set-up).
     */
    public static long currentPid() {
        return CURRENT_PID;
    }

    private static long readCurrentPid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(PROC.resolve("self")).toString());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().pid();
        }
    }

    /** This JVM. */
    public static ProcessIdentity current() {
        return CURRENT;
    }

    /** The live process with this pid, or empty when there is none (or only a zombie). */
    public static Optional<ProcessIdentity> of(long pid) {
        if (Files.isDirectory(PROC)) {
            return fromProc(pid);
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> new ProcessIdentity(pid, h.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L)));
    }

    private static Optional<ProcessIdentity> fromProc(long pid) {
        String stat;
        try {
            stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Unreadable is not gone (/proc mounted with hidepid, say): ask the JDK instead.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> new ProcessIdentity(pid, 0));
        }
        // The command name in parentheses may itself contain spaces and parentheses.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        if (fields.length < 20 || fields[0].equals("Z") || fields[0].equals("X")) {
            return Optional.empty();
        }
        return Optional.of(new ProcessIdentity(pid, Long.parseLong(fields[19])));
    }

    /** {@code <pid>-<startTicks>}, for names of files and directories a runtime owns. */
    public String tag() {
        return pid + "-" + startTicks;
    }

    /** Parses {@link #tag()}; empty when {@code tag} is not one. */
    public static Optional<ProcessIdentity> parseTag(String tag) {
        int dash = tag.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessIdentity(Long.parseLong(tag.substring(0, dash)),
                    Long.parseLong(tag.substring(dash + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this very process still runs. A recorded start time of 0 (unknown) matches any
     * process with the pid, which errs towards "alive": a lock is never taken from a live owner.
     */
    public boolean isAlive() {
        // No lambdas: a child's parent watchdog calls this first, while the child starts.
        Optional<ProcessIdentity> now = of(pid);
        return now.isPresent() && (startTicks == 0 || now.get().startTicks == startTicks);
    }
}
