package dev.jmp.connection;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.memory.SharedWords;

/**
 * Which processes hold each end of a {@link Pipe} open, in shared memory, so that a reader can
 * tell "no message yet" from "no message ever again". For each end: a word set once some process
 * has opened it, and {@link #SLOTS} slots, each naming a process that holds it (its pid and
 * start time, so a reused pid is not mistaken for it).
 *
 * <p>A third word per end counts the holders that have not closed it, so that the check made on
 * every send and receive is two reads. An end is closed once it was opened and that count is 0;
 * it is gone once, moreover, no slot names a live process (holders that died never closed). A process opens an end by using it or by receiving it as a task argument, and the
 * creator of the pipe holds neither end until it uses one, so passing an end to a child and
 * never touching it in the parent works as Python programs expect after they close their copy.
 */
final class PipeEnds {

    static final int SLOTS = 14;
    private static final int OPENED = 0;
    private static final int OPEN_COUNT = 1;
    private static final int FIRST_SLOT = 2;
    private static final int STRIDE = FIRST_SLOT + SLOTS;
    private static final int PID_BITS = 22;
    private static final long START_MASK = (1L << 41) - 1;
    private static final long SELF = token(ProcessIdentity.current());

    private final SharedWords words;

    PipeEnds(SharedWords words) {
        this.words = words;
    }

    static SharedWords newWords() {
        return SharedWords.allocate(2 * STRIDE);
    }

    SharedWords words() {
        return words;
    }

    private static long token(ProcessIdentity process) {
        return (process.startTicks() & START_MASK) << PID_BITS | process.pid();
    }

    /** Records this process as a holder of {@code end}; returns the slot, or -1 if all are taken. */
    int open(int end) {
        int base = end * STRIDE;
        // Counted and recorded before the end looks opened, so no one ever sees it opened with no
        // holder: not closed (count 0), not gone (no slot).
        words.getAndAdd(base + OPEN_COUNT, 1);
        int slot = claimSlot(base);
        words.setVolatile(base + OPENED, 1);
        return slot;
    }

    private int claimSlot(int base) {
        for (int pass = 0; pass < 2; pass++) {
            for (int slot = base + FIRST_SLOT; slot < base + STRIDE; slot++) {
                long holder = words.getVolatile(slot);
                if (holder == 0 && words.compareAndSet(slot, 0, SELF)) {
                    return slot;
                }
                if (pass == 1 && holder != 0 && isDead(holder) && words.compareAndSet(slot, holder, SELF)) {
                    words.getAndAdd(base + OPEN_COUNT, -1); // the dead holder never closed: its count is ours
                    return slot;
                }
            }
        }
        return -1; // counted, though a death here goes unnoticed
    }

    /** Undoes {@link #open} of {@code end} that returned {@code slot}. */
    void close(int end, int slot) {
        if (slot < 0 || words.compareAndSet(slot, SELF, 0)) {
            words.getAndAdd(end * STRIDE + OPEN_COUNT, -1);
        }
    }

    /** Whether {@code end} was opened and every holder closed it; two reads, ignores deaths. */
    boolean isClosed(int end) {
        return words.getVolatile(end * STRIDE + OPENED) != 0 && words.getVolatile(end * STRIDE + OPEN_COUNT) <= 0;
    }

    /** Whether {@code end} was opened and has no live holder; reads {@code /proc} for others. */
    boolean isGone(int end) {
        if (isClosed(end)) {
            return true;
        }
        if (words.getVolatile(end * STRIDE + OPENED) == 0) {
            return false;
        }
        for (int slot = end * STRIDE + FIRST_SLOT; slot < (end + 1) * STRIDE; slot++) {
            long holder = words.getVolatile(slot);
            if (holder != 0 && !isDead(holder)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDead(long holder) {
        if (holder == SELF) {
            return false;
        }
        long start = holder >>> PID_BITS;
        return !ProcessIdentity.of(holder & ((1L << PID_BITS) - 1))
                .map(p -> p.startTicks() == 0 || start == 0 || (p.startTicks() & START_MASK) == start)
                .orElse(false);
    }
}
