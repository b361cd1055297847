package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * What {@link SharedArray} needs to know of one element type to create, attach, copy and slice
 * arrays of it: {@code A} is the Java array type ({@code int[]}), {@code S} the shared one
 * ({@code IntArray}). Each typed array holds one, built before it registers.
 *
 * @param type the shared array type, whose handle codec this registers
 * @param elementBytes the size of one element
 * @param newArray makes a Java array of a length
 * @param read copies native-order bytes into a Java array
 * @param write copies a Java array into native-order bytes
 * @param attach makes the shared array over a region, with its lock
 */
record ArrayKind<A, S extends SharedArray<A, S>>(Class<S> type, int elementBytes, IntFunction<A> newArray,
        BulkCopy<A> read, BulkCopy<A> write, BiFunction<SharedRegion, Guard, S> attach) {

    /** A copy between {@code count} elements of native-order bytes and a Java array from {@code offset}. */
    interface BulkCopy<A> {
        void copy(ByteBuffer bytes, A array, int offset, int count);
    }

    /** Registers the handle codec of the array type; from its static initializer, after the kind is built. */
    ArrayKind<A, S> registered() {
        SharedMemoryObject.register(type, attach);
        return this;
    }

    /** {@code length} zeros, guarded by {@code guard}; closes a lock of the array's own if that fails. */
    S create(int length, Guard guard) {
        try {
            return attach.apply(SharedRegion.allocate(SharedArray.bytesFor(length, elementBytes)), guard);
        } catch (RuntimeException | Error e) {
            guard.close();
            throw e;
        }
    }

    /** A copy of {@code contents}, guarded by {@code guard}. */
    S create(A contents, Guard guard) {
        int length = Array.getLength(contents);
        S array = create(length, guard);
        array.copyFrom(contents, 0, 0, length);
        return array;
    }
}
