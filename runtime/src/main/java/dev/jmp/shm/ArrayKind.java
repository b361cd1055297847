package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.function.BiFunction;

/**
 * What {@link SharedArray} needs to know of one element type to create, attach, copy and slice
 * arrays of it: {@code A} is the Java array type ({@code int[]}), {@code S} the shared one
 * ({@code IntArray}). Each typed array holds one, built before it registers.
 *
 * <p>A subclass per typed array, not a record of lambdas: the first array a child attaches
 * initializes its type there, and each lambda or constructor reference costs a class spun at
 * run time (with the method-handle forms behind it), where a nested class is only loaded. With
 * six of them, a fresh JVM's initialization of {@code DoubleArray} took 9–11 ms of CPU; without,
 * 5–7 ms.
 *
 * @param <A> the Java array type
 * @param <S> the shared array type
 */
abstract class ArrayKind<A, S extends SharedArray<A, S>> implements BiFunction<SharedRegion, Guard, S> {

    private final Class<S> type;
    private final int elementBytes;

    /** The kind of {@code type}, whose elements take {@code elementBytes} each. */
    ArrayKind(Class<S> type, int elementBytes) {
        this.type = type;
        this.elementBytes = elementBytes;
    }

    /** The size of one element. */
    final int elementBytes() {
        return elementBytes;
    }

    /** A Java array of {@code length}. */
    abstract A newArray(int length);

    /** Copies {@code count} native-order elements of {@code bytes} into {@code array} from {@code offset}. */
    abstract void read(ByteBuffer bytes, A array, int offset, int count);

    /** Copies {@code count} elements of {@code array} from {@code offset} into {@code bytes}, in native order. */
    abstract void write(ByteBuffer bytes, A array, int offset, int count);

    /** Makes the shared array over {@code region}, with its lock; also the handle codec's attach. */
    @Override
    public abstract S apply(SharedRegion region, Guard guard);

    /** Registers the handle codec of the array type; from its static initializer, after the kind is built. */
    ArrayKind<A, S> registered() {
        SharedMemoryObject.register(type, this);
        return this;
    }

    /** {@code length} zeros, guarded by {@code guard}; closes a lock of the array's own if that fails. */
    S create(int length, Guard guard) {
        try {
            return apply(SharedRegion.allocate(SharedArray.bytesFor(length, elementBytes)), guard);
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
