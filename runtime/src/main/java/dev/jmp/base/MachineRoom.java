package dev.jmp.base;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Whether the machine has room for this JVM's background work: over the last window, the other
 * processes kept at most (n − 1) / 2 of the machine's n cores busy (half a core of two, 3.5 of
 * eight), so that one more busy core leaves about half of the machine idle. A spare's warm-up is
 * such work: worth doing on an idle machine, and a cost to the program it is a spare for on a
 * busy one (measured: a replacement spare warming up beside a pipe's ping-pong took 25 µs round
 * trips to 40–60 on two cores). So is the boot of the spare that replaces a claimed one, which
 * the parent starts ({@code Spares}).
 *
 * <p>Read from Linux's {@code /proc/stat} (the machine's busy and total clock ticks) and this
 * process's own CPU time, which is not counted against the room: the warm-up does not hold itself
 * back. Where there is no {@code /proc/stat} the room is not known, and taken as there.
 *
 * <p>Watching is itself work beside the program. A look read the files through NIO streams, a
 * regex and {@code ProcessHandle.info()}: 16 ms of CPU for the first, then 1.4 ms every 100 ms (a
 * spare waiting for room used 15 ms of CPU inside each 0.6 s of a pipe's ping-pong on two cores).
 * Now the files are read by plain file streams into one small buffer and parsed by hand, this
 * process's CPU comes from {@code /proc/self/stat} in the same ticks (3 ms for the first look, then
 * 0.35 ms), and after a look that found no room the next waits longer, doubling up to
 * {@value #MAX_BACKOFF_WINDOWS} windows: on a machine that stays busy a spare looks about once
 * every 1.7 s.
 */
public final class MachineRoom {

    /** Linux's {@code USER_HZ}: {@code /proc/stat} counts in hundredths of a second everywhere. */
    private static final long TICK_NANOS = 10_000_000L;
    private static final Path STAT = Path.of("/proc/stat");
    private static final Path OWN_STAT = Path.of("/proc/self/stat");
    /** The longest wait before a look, after looks that found no room, in windows. */
    static final int MAX_BACKOFF_WINDOWS = 16;
    /** The fields of {@code /proc/<pid>/stat} that count the process's user and system ticks. */
    private static final int UTIME_FIELD = 14;
    private static final int STIME_FIELD = 15;

    private final File stat;
    private final File ownStat;
    private final long windowMillis;
    private final int cpus;
    /** Where each file is read: the lines looked at are the first of each, well under its size. */
    private final byte[] buffer = new byte[1024];
    /** How many looks in a row found no room. */
    private int busyLooks;

    private MachineRoom(Path stat, Path ownStat, long windowMillis, int cpus) {
        this.stat = stat.toFile();
        this.ownStat = ownStat.toFile();
        this.windowMillis = windowMillis;
        this.cpus = cpus;
    }

    /** The room of this machine, judged over windows of {@code windowMillis}; null where it cannot be read. */
    public static MachineRoom of(long windowMillis) {
        return of(STAT, OWN_STAT, windowMillis);
    }

    /** The room that {@code stat} and {@code ownStat}, files as Linux's, tell of; null where they cannot be read. */
    static MachineRoom of(Path stat, Path ownStat, long windowMillis) {
        byte[] all;
        try (InputStream in = new FileInputStream(stat.toFile())) {
            all = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        int cpus = 0;
        for (int line = 0; line < all.length; line = endOfLine(all, all.length, line) + 1) {
            if (isCoreLine(all, line)) {
                cpus++;
            }
        }
        return cpus > 0 && machineTicks(all, all.length) != null ? new MachineRoom(stat, ownStat, windowMillis, cpus) : null;
    }

    /** Whether the line at {@code from} is one core's ({@code cpu<n> ...}). */
    private static boolean isCoreLine(byte[] b, int from) {
        if (from + 3 >= b.length || b[from] != 'c' || b[from + 1] != 'p' || b[from + 2] != 'u') {
            return false;
        }
        int i = from + 3;
        while (i < b.length && isDigit(b[i])) {
            i++;
        }
        return i > from + 3 && i < b.length && b[i] == ' ';
    }

    /**
     * Watches the machine for one window and says whether it had room; true if it could not be
     * read. After looks that found no room it first waits {@link #backoffMillis}; it gives up,
     * saying no, as soon as {@code stopped} is true after a wait.
     */
    public boolean hasRoom(BooleanSupplier stopped) throws InterruptedException {
        long backoff = backoffMillis(busyLooks, windowMillis);
        if (backoff > 0) {
            Thread.sleep(backoff);
            if (stopped.getAsBoolean()) {
                return false;
            }
        }
        long[] before = machineTicks();
        long ownBefore = ownTicks();
        Thread.sleep(windowMillis);
        if (stopped.getAsBoolean()) {
            return false;
        }
        long[] after = machineTicks();
        long ownAfter = ownTicks();
        if (before == null || after == null) {
            return true;
        }
        long own = ownBefore < 0 || ownAfter < 0 ? 0 : (ownAfter - ownBefore) * TICK_NANOS;
        boolean room = hasRoom(after[0] - before[0], after[1] - before[1], own, cpus);
        busyLooks = room ? 0 : busyLooks + 1;
        return room;
    }

    /**
     * Looks until the machine has room, or {@code stopped} is true; whether it had room. A look
     * that ends after a stop says no without reading the machine.
     */
    public boolean awaitRoom(BooleanSupplier stopped) throws InterruptedException {
        while (!stopped.getAsBoolean()) {
            if (hasRoom(stopped)) {
                return true;
            }
        }
        return false;
    }

    /** How long a look waits before it starts, after {@code busyLooks} looks in a row found no room. */
    static long backoffMillis(int busyLooks, long windowMillis) {
        if (busyLooks <= 0) {
            return 0;
        }
        return windowMillis * Math.min(1L << Math.min(busyLooks - 1, 30), MAX_BACKOFF_WINDOWS);
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

    /** The machine's busy and total ticks so far; null if unreadable. */
    private long[] machineTicks() {
        int length = read(stat);
        return length < 0 ? null : machineTicks(buffer, length);
    }

    /** This process's user and system ticks so far; -1 if unreadable. */
    private long ownTicks() {
        int length = read(ownStat);
        return length < 0 ? -1 : ownTicks(buffer, length);
    }

    /**
     * Reads the start of {@code file} into the buffer; how much, or -1 if it cannot be read. A
     * plain file stream: the first read through {@code Files.newInputStream} took 1 ms of CPU
     * (the channel classes), this one 0.06 ms.
     */
    private int read(File file) {
        try (InputStream in = new FileInputStream(file)) {
            return in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The busy and total ticks of {@code /proc/stat}'s first line ({@code cpu  user nice system
     * idle iowait irq softirq steal ...}; guest time is inside user already), idle and iowait
     * being the idle ones; null if it is not such a line.
     */
    static long[] machineTicks(byte[] b, int length) {
        int end = endOfLine(b, length, 0);
        if (end < 4 || b[0] != 'c' || b[1] != 'p' || b[2] != 'u' || b[3] != ' ') {
            return null;
        }
        long total = 0;
        long idle = 0;
        int field = 0;
        int i = 4;
        while (field < 8) {
            while (i < end && b[i] == ' ') {
                i++;
            }
            if (i >= end || !isDigit(b[i])) {
                break;
            }
            long value = 0;
            while (i < end && isDigit(b[i])) {
                value = value * 10 + (b[i++] - '0');
            }
            total += value;
            if (field == 3 || field == 4) {
                idle += value;
            }
            field++;
        }
        return field >= 4 ? new long[] {total - idle, total} : null;
    }

    /**
     * The user and system ticks of a {@code /proc/<pid>/stat} line; -1 if it is not one. The
     * fields are counted after the last {@code ')'}, which ends the command's name, itself free to
     * hold spaces and parentheses. {@code ProcessIdentity} reads the same line as a string split
     * in fields; read that way here, a spare's first look cost 5.6–9.7 ms of CPU against 2.5 and
     * each later one ~0.8 ms against ~0.5, so the look keeps to its bytes.
     */
    static long ownTicks(byte[] b, int length) {
        int close = -1;
        for (int i = 0; i < length; i++) {
            if (b[i] == ')') {
                close = i;
            }
        }
        if (close < 0) {
            return -1;
        }
        long ticks = 0;
        int field = 2;
        for (int i = close + 1; i < length && field < STIME_FIELD; ) {
            if (b[i++] != ' ') {
                return -1;
            }
            field++;
            boolean counted = field == UTIME_FIELD || field == STIME_FIELD;
            int start = i;
            long value = 0;
            for (; i < length && b[i] != ' '; i++) {
                if (counted && !isDigit(b[i])) {
                    return -1;
                }
                value = value * 10 + (b[i] - '0');
            }
            if (counted) {
                if (i == start) {
                    return -1;
                }
                ticks += value;
            }
        }
        return field == STIME_FIELD ? ticks : -1;
    }

    private static int endOfLine(byte[] b, int length, int from) {
        int i = from;
        while (i < length && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
