package dev.jmp.sync;

import dev.jmp.internal.WaitTable;
import dev.jmp.shm.LongArray;

/**
 * Records blocking waits on one shared object in this process's {@link WaitTable wait table},
 * for deadlock detection: which thread waits, for which object (its kind and the location of
 * one of its words) and from where. Only waits that park are recorded, so an uncontended call
 * never comes here.
 */
final class WaitRecorder {

    private final LongArray words;
    private final int index;
    private final String kind;
    private volatile LockLocation location;

    /**
     * @param kind one of {@link dev.jmp.internal.WaitTableFile#KINDS}
     * @param index the word of {@code words} the detector starts reading the object's state at
     */
    WaitRecorder(LongArray words, int index, String kind) {
        this.words = words;
        this.index = index;
        this.kind = kind;
    }

    /** Records that the calling thread, holding {@code token}, waits; null when not recorded. */
    WaitTable.Waiting enter(long token, boolean timed) {
        LockLocation at = location;
        if (at == null) {
            at = LockLocation.of(words, index);
            location = at;
        }
        return WaitTable.enter(token, kind, at.segment(), at.offset(), timed);
    }

    /** Ends a recorded wait; {@code waiting} may be null. */
    static void leave(WaitTable.Waiting waiting) {
        if (waiting != null) {
            waiting.close();
        }
    }
}
