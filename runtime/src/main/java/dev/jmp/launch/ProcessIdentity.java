package dev.jmp.launch;

import java.time.Instant;
import java.util.Optional;

/**
 * A process named so that pid reuse cannot fool us: its pid and its start time, in
 * milliseconds since the epoch, as the operating system reports them. Files and sockets that a
 * runtime leaves behind carry its identity in their names, so a later runtime can tell whether
 * their owner is still alive.
 */
public record ProcessIdentity(long pid, long startMillis) {

    private static final ProcessIdentity CURRENT = of(ProcessHandle.current());

    /**
     * Start times this close are the same process. Each JVM reads the boot time once, in whole
     * seconds, and on a virtual machine whose clock is being corrected two JVMs can read values a
     * second apart; a pid reused within that time is not a real risk.
     */
    static final long SAME_START_MILLIS = 1_500;

    /** This JVM. */
    public static ProcessIdentity current() {
        return CURRENT;
    }

    /** The identity of a live handle; start time 0 where the OS does not say. */
    public static ProcessIdentity of(ProcessHandle handle) {
        return new ProcessIdentity(handle.pid(),
                handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    }

    /** Whether this very process (same pid, same start time) is still running. */
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        long start = handle.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return startMillis == 0 || start == 0 || Math.abs(start - startMillis) <= SAME_START_MILLIS;
    }

    /** {@code <pid>-<startMillis>}, for file names. */
    public String tag() {
        return pid + "-" + startMillis;
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
}
