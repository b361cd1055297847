package dev.jmp.sync.primitive;

import dev.jmp.memory.SharedWords;

/**
 * Which threads hold a semaphore's permits, so that permits of a process that died can be given
 * back and a deadlock detector can tell who a waiter waits for. A fixed table of
 * {@link SemaphoreLayout#HOLDER_SLOTS} slots per semaphore, two words each: the holder's
 * {@link OwnerTokens token} (0: free) and how many permits it holds.
 *
 * <p>Counts change by compare-and-set. A slot is claimed by a compare-and-set of its token from
 * 0, and freed by its own thread once its count is 0; a slot whose count another thread of the
 * process brought to 0 stays its thread's, holding nothing, until that thread takes a permit
 * again or its process dies. The slot of a dead process is taken back by marking it
 * {@link SemaphoreLayout#RECLAIMING}, zeroing the count, then the token.
 *
 * <p>Limits, chosen to keep the memory bounded: at most {@link SemaphoreLayout#HOLDER_SLOTS}
 * threads are tracked at once (permits taken by further threads work but are not recoverable); a
 * thread is tracked for at most as many permits as the semaphore's initial value, so a semaphore
 * used as a signal (initial value 0, released by one process and acquired by another) tracks
 * nothing; a release is attributed to the releasing thread, else to another thread of its
 * process, so a permit acquired in one process and released in another stays attributed to the
 * first. The deadlock detector ({@code dev.jmp.diagnostics}) reads this table through
 * {@link SemaphoreLayout}: it trusts it only while its counts add up to the initial value.
 */
final class PermitHolders {

    private static final int SLOT_WORDS = SemaphoreLayout.SLOT_WORDS;
    private static final int TOKEN = SemaphoreLayout.SLOT_TOKEN;
    private static final int COUNT = SemaphoreLayout.SLOT_COUNT;

    private final SharedWords words;
    private final int first;
    private final int end;
    private final long cap;

    /** The table at word {@code first} of {@code words}, tracking up to {@code initialValue} permits per thread. */
    PermitHolders(SharedWords words, int first, long initialValue) {
        this.words = words;
        this.first = first;
        this.end = first + SemaphoreLayout.HOLDER_SLOTS * SLOT_WORDS;
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
            for (long count; (count = words.getVolatile(mine + COUNT)) < cap; ) {
                if (words.compareAndSet(mine + COUNT, count, count + 1)) {
                    return;
                }
            }
            return;
        }
        for (int slot = first; slot < end; slot += SLOT_WORDS) {
            if (words.getVolatile(slot + TOKEN) == 0 && words.compareAndSet(slot + TOKEN, 0, me)) {
                words.setVolatile(slot + COUNT, 1);
                return;
            }
        }
    }

    /** The first word of {@code token}'s slot, or -1. */
    private int find(long token) {
        for (int slot = first; slot < end; slot += SLOT_WORDS) {
            if (words.getVolatile(slot + TOKEN) == token) {
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
            if (words.getVolatile(mine + COUNT) == 0) {
                words.setVolatile(mine + TOKEN, 0);
            }
            return;
        }
        for (int slot = first; slot < end; slot += SLOT_WORDS) {
            long token = words.getVolatile(slot + TOKEN);
            if (token > 0 && token != me && OwnerTokens.processPart(token) == OwnerTokens.processPart(me)
                    && takeOne(slot)) {
                return;
            }
        }
    }

    /** Takes one permit off the count of {@code slot}; false if it has none. */
    private boolean takeOne(int slot) {
        for (long count; (count = words.getVolatile(slot + COUNT)) > 0; ) {
            if (words.compareAndSet(slot + COUNT, count, count - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Frees the slots of dead processes' threads and returns how many permits they held. */
    long reclaimDead() {
        long reclaimed = 0;
        for (int slot = first; slot < end; slot += SLOT_WORDS) {
            long token = words.getVolatile(slot + TOKEN);
            if (token != 0 && token != SemaphoreLayout.RECLAIMING && OwnerLiveness.isDead(token)
                    && words.compareAndSet(slot + TOKEN, token, SemaphoreLayout.RECLAIMING)) {
                reclaimed += words.getVolatile(slot + COUNT);
                words.setVolatile(slot + COUNT, 0);
                words.setVolatile(slot + TOKEN, 0);
            }
        }
        return reclaimed;
    }
}
