package dev.jmp.sync;

import dev.jmp.shm.LongArray;

/**
 * Which threads hold a semaphore's permits, so that permits of a process that died can be given
 * back and a deadlock detector can tell who a waiter waits for. A fixed table of {@link #SLOTS}
 * slots per semaphore, two words each: the holder's {@link OwnerTokens token} (0: free) and how
 * many permits it holds.
 *
 * <p>Counts change by compare-and-set. A slot is claimed by a compare-and-set of its token from
 * 0, and freed by its own thread once its count is 0; a slot whose count another thread of the
 * process brought to 0 stays its thread's, holding nothing, until that thread takes a permit
 * again or its process dies. The slot of a dead process is taken back by marking it
 * {@link #RECLAIMING}, zeroing the count, then the token.
 *
 * <p>Limits, chosen to keep the memory bounded: at most {@link #SLOTS} threads are tracked at
 * once (permits taken by further threads work but are not recoverable); a thread is tracked for
 * at most as many permits as the semaphore's initial value, so a semaphore used as a signal
 * (initial value 0, released by one process and acquired by another) tracks nothing; a release
 * is attributed to the releasing thread, else to another thread of its process, so a permit
 * acquired in one process and released in another stays attributed to the first. The deadlock
 * detector ({@code dev.jmp.diagnostics}) reads this layout: it trusts the table only while its
 * counts add up to the initial value.
 */
final class PermitHolders {

    static final int SLOTS = 32;
    /** Words per slot: token, count. */
    static final int SLOT_WORDS = 2;
    /** A slot being taken back from a dead holder: neither free nor anyone's. */
    private static final long RECLAIMING = -1;

    private final LongArray words;
    private final int first;
    private final long cap;

    PermitHolders(LongArray words, int first, long initialValue) {
        this.words = words;
        this.first = first;
        this.cap = initialValue;
    }

    /** Notes that the calling thread took a permit. */
    void record() {
        if (cap == 0) {
            return;
        }
        long me = OwnerTokens.current();
        int mine = find(me);
        if (mine >= 0) {
            for (long count; (count = words.get(mine + 1)) < cap; ) {
                if (words.compareAndSet(mine + 1, count, count + 1)) {
                    return;
                }
            }
            return;
        }
        for (int slot = first; slot < first + SLOTS * SLOT_WORDS; slot += SLOT_WORDS) {
            if (words.get(slot) == 0 && words.compareAndSet(slot, 0, me)) {
                words.set(slot + 1, 1);
                return;
            }
        }
    }

    /** The first word of {@code token}'s slot, or -1. */
    private int find(long token) {
        for (int slot = first; slot < first + SLOTS * SLOT_WORDS; slot += SLOT_WORDS) {
            if (words.get(slot) == token) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * Notes that the calling thread gave a permit back: its own, or if it holds none, one of
     * another thread of its process (a permit handed from thread to thread).
     */
    void forget() {
        long me = OwnerTokens.current();
        int mine = find(me);
        if (mine >= 0 && takeOne(mine)) {
            if (words.get(mine + 1) == 0) {
                words.set(mine, 0);
            }
            return;
        }
        for (int slot = first; slot < first + SLOTS * SLOT_WORDS; slot += SLOT_WORDS) {
            long token = words.get(slot);
            if (token > 0 && token != me && OwnerTokens.processPart(token) == OwnerTokens.processPart(me)
                    && takeOne(slot)) {
                return;
            }
        }
    }

    /** Takes one permit off the count of {@code slot}; false if it has none. */
    private boolean takeOne(int slot) {
        for (long count; (count = words.get(slot + 1)) > 0; ) {
            if (words.compareAndSet(slot + 1, count, count - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Frees the slots of dead processes' threads and returns how many permits they held. */
    long reclaimDead() {
        long reclaimed = 0;
        for (int slot = first; slot < first + SLOTS * SLOT_WORDS; slot += SLOT_WORDS) {
            long token = words.get(slot);
            if (token != 0 && token != RECLAIMING && OwnerLiveness.isDead(token)
                    && words.compareAndSet(slot, token, RECLAIMING)) {
                reclaimed += words.get(slot + 1);
                words.set(slot + 1, 0);
                words.set(slot, 0);
            }
        }
        return reclaimed;
    }
}
