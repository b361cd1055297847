package dev.jmp.sync.primitive;

import dev.jmp.base.ProcessIdentity;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Who holds a lock, in one {@code long} so that claiming it is a single compare-and-set.
 *
 * <pre>
 *  bit 63   62 ........ 42   41 ........ 20   19 ......... 0
 *    0      start time (21)     pid (22)      thread slot (20)
 * </pre>
 *
 * The upper 43 bits ({@link #processPart}) identify the process: its pid (Linux pids fit in 22
 * bits) and the low 21 bits of its start time, so a reused pid is not taken for the recorded
 * process. The thread slot tells threads of one process apart; slots of threads that have been
 * garbage collected are reused, so at most 2<sup>20</sup> threads can use jmp locks at once.
 */
final class OwnerTokens {

    static final int SLOT_BITS = 20;
    private static final int PID_BITS = 22;
    private static final long START_MASK = (1L << 21) - 1;
    private static final int SLOT_LIMIT = 1 << SLOT_BITS;
    private static final long PROCESS_PART = processPartOf(ProcessIdentity.current());

    private static final ReferenceQueue<Thread> GONE = new ReferenceQueue<>();
    private static final BitSet USED = new BitSet();
    private static final Set<SlotReference> LIVE = new HashSet<>();
    private static final ThreadLocal<Long> TOKEN = ThreadLocal.withInitial(
            () -> PROCESS_PART << SLOT_BITS | allocateSlot());

    private static final class SlotReference extends WeakReference<Thread> {
        final int slot;

        SlotReference(Thread thread, int slot) {
            super(thread, GONE);
            this.slot = slot;
        }
    }

    private OwnerTokens() {}

    /** The calling thread's token; never 0. */
    static long current() {
        return TOKEN.get();
    }

    /** The calling process's part of every token it hands out. */
    static long currentProcess() {
        return PROCESS_PART;
    }

    static long processPart(long token) {
        return token >>> SLOT_BITS;
    }

    static long pid(long token) {
        return processPart(token) & ((1L << PID_BITS) - 1);
    }

    /** The start-time bits of a process part. */
    static long startOf(long processPart) {
        return processPart >>> PID_BITS;
    }

    static long processPartOf(ProcessIdentity process) {
        return (process.startTicks() & START_MASK) << PID_BITS | process.pid();
    }

    /** Whether the process in {@code token} is this one. */
    static boolean isThisProcess(long token) {
        return processPart(token) == PROCESS_PART;
    }

    private static synchronized int allocateSlot() {
        for (SlotReference gone; (gone = (SlotReference) GONE.poll()) != null; ) {
            LIVE.remove(gone);
            USED.clear(gone.slot);
        }
        int slot = USED.nextClearBit(1);
        if (slot >= SLOT_LIMIT) {
            throw new IllegalStateException("[jmp.sync.too-many-threads] more than " + (SLOT_LIMIT - 1)
                    + " live threads use jmp locks in this process");
        }
        USED.set(slot);
        LIVE.add(new SlotReference(Thread.currentThread(), slot));
        return slot;
    }
}
