package dev.jmp.sync;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.shm.LongArray;

/**
 * Where a lock's owner word lives, segment file name and byte offset: the name every process
 * of a program knows the lock by, which the {@link dev.jmp.internal.WaitTable wait table} records.
 * Read from the array's handle (class name, then segment name, offset and length), the one
 * description of an array's memory the shared-memory package hands out.
 *
 * @param segment the segment's file name
 * @param offset  the owner word's byte offset in the segment
 */
record LockLocation(String segment, int offset) {

    static LockLocation of(LongArray words, int index) {
        WireOutput out = new WireOutput(128);
        SharedObjects.write(out, words);
        WireInput in = new WireInput(out.toByteArray());
        in.readString();
        String segment = in.readString();
        int offset = in.readInt();
        return new LockLocation(segment, offset + index * Long.BYTES);
    }
}
