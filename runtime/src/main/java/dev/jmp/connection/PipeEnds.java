package dev.jmp.connection;

import dev.jmp.internal.ProcessIdentity;
import dev.jmp.shm.LongArray;

/**
 * Which processes hold each end of a {@link Pipe} open, in shared memory, so that a reader can
 * tell "no message yet" from "no message ever again". For each end: a word set once some process
 * has opened it, and {@link #SLOTS} slots, each naming a process that holds it (its pid and
 * start time, so a reused pid is not mistaken for it).
 *
 * <p>An end is gone once it was opened and no slot names a live process: every holder closed it
 * or died. A process opens an end by using it or by receiving it as a task argument, and the
 * creator of the pipe holds neither end until it uses one, so passing an end to a child and
 * never touching it in the parent works as Python programs expect after they close their copy.
 */
final class PipeEnds {

    static final int SLOTS = 15;
    private static final int STRIDE = SLOTS + 1;
    private static final int PID_BITS = 22;
    private static final long START_MASK = (1L << 41) - 1;
    private static final long SELF = token(ProcessIdentity.current());

    private final LongArray words;

    PipeEnds(LongArray words) {
        this.words = words;
    }

    static LongArray newWords() {
        return LongArray.createRaw(2 * STRIDE);
    }

    LongArray words() {
        return words;
    }

    private static long token(ProcessIdentity process) {
        return (process.startTicks() & START_MASK) << PID_BITS | process.pid();
    }

    /** Records this process as a holder of {@code end}; returns the slot, or -1 if all are taken. */
    int open(int end) {
        words.set(end * STRIDE, 1);
        for (int pass = 0; pass < 2; pass++) {
            for (int slot = end * STRIDE + 1; slot < (end + 1) * STRIDE; slot++) {
                long holder = words.get(slot);
                if ((holder == 0 || (pass == 1 && isDead(holder))) && words.compareAndSet(slot, holder, SELF)) {
                    return slot;
                }
            }
        }
        return -1;
    }

    void close(int slot) {
        if (slot >= 0) {
            words.compareAndSet(slot, SELF, 0);
        }
    }

    /** Whether {@code end} was opened and every holder closed it; cheap, ignores deaths. */
    boolean isClosed(int end) {
        return words.get(end * STRIDE) != 0 && holders(end, false) == 0;
    }

    /** Whether {@code end} was opened and has no live holder; reads {@code /proc} for others. */
    boolean isGone(int end) {
        return words.get(end * STRIDE) != 0 && holders(end, true) == 0;
    }

    private int holders(int end, boolean alive) {
        int count = 0;
        for (int slot = end * STRIDE + 1; slot < (end + 1) * STRIDE; slot++) {
            long holder = words.get(slot);
            if (holder != 0 && !(alive && isDead(holder))) {
                count++;
            }
        }
        return count;
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
