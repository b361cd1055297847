package dev.jmp.sync;

import dev.jmp.shm.LongArray;

/**
 * Which processes hold a semaphore's permits, so that permits of a process that died can be
 * given back. A fixed table of {@link #SLOTS} words per semaphore, each {@code process part << 20
 * | count}, updated with compare-and-set.
 *
 * <p>Limits, chosen to keep the memory bounded: at most {@link #SLOTS} processes are tracked at
 * once (permits taken by further processes work but are not recoverable); a process is tracked
 * for at most as many permits as the semaphore's initial value, so a semaphore used as a signal
 * (initial value 0, released by one process and acquired by another) tracks nothing; a release
 * is attributed to the releasing process, so a permit acquired in one process and released in
 * another stays attributed to the first.
 */
final class PermitHolders {

    static final int SLOTS = 32;
    private static final long COUNT_MASK = (1L << OwnerTokens.SLOT_BITS) - 1;

    private final LongArray words;
    private final int first;
    private final long cap;

    PermitHolders(LongArray words, int first, long initialValue) {
        this.words = words;
        this.first = first;
        this.cap = Math.min(initialValue, COUNT_MASK);
    }

    /** Notes that this process took a permit. */
    void record() {
        if (cap == 0) {
            return;
        }
        long me = OwnerTokens.currentProcess();
        while (true) {
            int mine = find(me);
            if (mine >= 0) {
                long slot = words.get(mine);
                if (slot >>> OwnerTokens.SLOT_BITS == me
                        && ((slot & COUNT_MASK) >= cap || words.compareAndSet(mine, slot, slot + 1))) {
                    return;
                }
            } else {
                int free = find(0);
                if (free < 0 || words.compareAndSet(free, 0, me << OwnerTokens.SLOT_BITS | 1)) {
                    return;
                }
            }
        }
    }

    /** The slot of {@code process} (0: a free slot), or -1. */
    private int find(long process) {
        for (int i = first; i < first + SLOTS; i++) {
            if (words.get(i) >>> OwnerTokens.SLOT_BITS == process) {
                return i;
            }
        }
        return -1;
    }

    /** Notes that this process gave a permit back, if it holds one. */
    void forget() {
        long me = OwnerTokens.currentProcess();
        for (int i = first; i < first + SLOTS; i++) {
            long slot = words.get(i);
            while (slot != 0 && slot >>> OwnerTokens.SLOT_BITS == me) {
                long next = (slot & COUNT_MASK) == 1 ? 0 : slot - 1;
                if (words.compareAndSet(i, slot, next)) {
                    return;
                }
                slot = words.get(i);
            }
        }
    }

    /** Clears the slots of dead processes and returns how many permits they held. */
    long reclaimDead() {
        long reclaimed = 0;
        for (int i = first; i < first + SLOTS; i++) {
            long slot = words.get(i);
            if (slot != 0 && OwnerLiveness.isDead(slot & ~COUNT_MASK) && words.compareAndSet(i, slot, 0)) {
                reclaimed += slot & COUNT_MASK;
            }
        }
        return reclaimed;
    }
}
