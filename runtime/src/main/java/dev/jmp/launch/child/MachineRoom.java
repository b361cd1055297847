package dev.jmp.launch.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Whether the machine has room for this JVM's background work: over the last window, the other
 * processes kept at most (n − 1) / 2 of the machine's n cores busy (half a core of two, 3.5 of
 * eight), so that one more busy core leaves about half of the machine idle. A spare's warm-up is such work: worth doing on an idle machine, and a cost to
 * the program it is a spare for on a busy one (measured: a replacement spare warming up beside a
 * pipe's ping-pong took 25 µs round trips to 40–60 on two cores).
 *
 * <p>Read from Linux's {@code /proc/stat} (the machine's busy and total clock ticks) and this
 * process's own CPU time, which is not counted against the room: the warm-up does not hold itself
 * back. Where there is no {@code /proc/stat} the room is not known, and taken as there.
 */
final class MachineRoom {

    /** Linux's {@code USER_HZ}: {@code /proc/stat} counts in hundredths of a second everywhere. */
    private static final long TICK_NANOS = 10_000_000L;
    private static final Path STAT = Path.of("/proc/stat");

    private final Path stat;
    private final Duration window;
    private final int cpus;

    private MachineRoom(Path stat, Duration window, int cpus) {
        this.stat = stat;
        this.window = window;
        this.cpus = cpus;
    }

    /** The room of this machine, judged over windows of {@code window}; null where it cannot be read. */
    static MachineRoom of(Duration window) {
        return of(STAT, window);
    }

    static MachineRoom of(Path stat, Duration window) {
        try {
            List<String> lines = Files.readAllLines(stat);
            int cpus = 0;
            for (String line : lines) {
                if (isCoreLine(line)) {
                    cpus++;
                }
            }
            return cpus > 0 && !lines.isEmpty() && ticks(lines.get(0)) != null ? new MachineRoom(stat, window, cpus) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether {@code line} of {@code /proc/stat} is one core's ({@code cpu<n> ...}); read by hand, as
     * a pattern would cost a spare a compiled regex and the stream classes at the end of its pause.
     */
    private static boolean isCoreLine(String line) {
        int digits = 3;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        return line.startsWith("cpu") && digits > 3 && digits < line.length() && line.charAt(digits) == ' ';
    }

    /** Watches the machine for one window and says whether it had room; true if it could not be read. */
    boolean hasRoom() throws InterruptedException {
        long[] before = ticks(stat);
        long ownBefore = ownCpuNanos();
        Thread.sleep(window.toMillis());
        long[] after = ticks(stat);
        if (before == null || after == null) {
            return true;
        }
        return hasRoom(after[0] - before[0], after[1] - before[1], ownCpuNanos() - ownBefore, cpus);
    }

    /**
     * Whether, over a window in which the machine's {@code cpus} cores counted {@code busyTicks}
     * busy of {@code totalTicks}, of which this process used {@code ownNanos}, the others kept at
     * most (n − 1) / 2 of them busy.
     */
    static boolean hasRoom(long busyTicks, long totalTicks, long ownNanos, int cpus) {
        if (totalTicks <= 0) {
            return true;
        }
        double others = Math.max(0, busyTicks * TICK_NANOS - ownNanos) / (double) (totalTicks * TICK_NANOS) * cpus;
        return others <= (cpus - 1) / 2.0;
    }

    /** The machine's busy and total ticks so far, from the first line of {@code /proc/stat}; null if unreadable. */
    private static long[] ticks(Path stat) {
        try (var lines = Files.lines(stat)) {
            return ticks(lines.findFirst().orElse(""));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The busy and total ticks of {@code /proc/stat}'s first line; null if it is not one. */
    private static long[] ticks(String first) {
        try {
            List<String> fields = List.of(first.trim().split("\\s+"));
            if (fields.size() < 5 || !fields.get(0).equals("cpu")) {
                return null;
            }
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is inside user already
            for (int i = 1; i < Math.min(fields.size(), 9); i++) {
                total += Long.parseLong(fields.get(i));
            }
            long idle = Long.parseLong(fields.get(4)) + (fields.size() > 5 ? Long.parseLong(fields.get(5)) : 0);
            return new long[] {total - idle, total};
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long ownCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
