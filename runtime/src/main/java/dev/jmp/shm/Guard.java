package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.sync.ProcessLock;
import dev.jmp.sync.RLock;
import java.util.Objects;

/**
 * The lock of a value or array (null for the raw kind) and whether closing the object closes it.
 * It does for the {@link RLock} {@code create} makes and for a lock attached from a handle; it
 * does not for a lock the caller passed in (Python's {@code lock=} argument), which stays the
 * caller's to close and may guard other objects, nor for a slice, which shares its array's.
 */
record Guard(ProcessLock lock, boolean owned) {

    /** No lock: Python's {@code RawValue} and {@code RawArray}. */
    static final Guard NONE = new Guard(null, false);

    /** A new RLock of the object's own: Python's {@code lock=True}. */
    static Guard fresh() {
        return new Guard(RLock.create(), true);
    }

    /** The caller's lock: Python's {@code lock=some_lock}. */
    static Guard given(ProcessLock lock) {
        return new Guard(Objects.requireNonNull(lock, "lock"), false);
    }

    /** The same lock for a view of the object, which never closes it. */
    Guard shared() {
        return new Guard(lock, false);
    }

    void write(WireOutput out) {
        if (out.writePresence(lock)) {
            SharedObjects.write(out, lock);
        }
    }

    /** The lock named in a handle, attached here, so the receiving object owns this attachment. */
    static Guard read(WireInput in) {
        return in.readPresence() ? new Guard(SharedObjects.read(in, ProcessLock.class), true) : NONE;
    }

    void close() {
        if (owned) {
            lock.close();
        }
    }
}
