package dev.jmp.sync.primitive;

import dev.jmp.memory.SharedWords;

/**
 * Records blocking waits on one shared object in this process's {@link WaitTable wait table},
 * for deadlock detection: which thread waits, for which object (its kind and the location of
 * one of its words) and from where. Only waits that park are recorded, so an uncontended call
 * never comes here.
 */
final class WaitRecorder {

    private final SharedWords words;
    private final int index;
    private final String kind;

    /**
     * @param kind one of {@link WaitTableLayout#KINDS}
     * @param index the word of {@code words} the detector starts reading the object's state at
     *     (see {@link WaitTableLayout#KINDS})
     */
    WaitRecorder(SharedWords words, int index, String kind) {
        this.words = words;
        this.index = index;
        this.kind = kind;
    }

    /** Records that the calling thread waits, with a deadline or not; null when not recorded. */
    RecordedWait enter(boolean timed) {
        return WaitTable.enter(OwnerTokens.current(), kind, words.segmentName(), words.byteOffset(index), timed);
    }

    /** Ends a recorded wait; {@code waiting} may be null. */
    static void leave(RecordedWait waiting) {
        if (waiting != null) {
            waiting.close();
        }
    }
}
