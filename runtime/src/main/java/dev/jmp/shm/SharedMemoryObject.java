package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;
import dev.jmp.sync.ProcessShareable;
import dev.jmp.sync.RLock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every value and array has in common: its region of shared memory and, for the
 * synchronized kind, the cross-process lock that Python's {@code get_lock()} returns.
 */
abstract class SharedMemoryObject implements ProcessShareable, AutoCloseable {

    static final VarHandle INT = view(int[].class);
    static final VarHandle LONG = view(long[].class);
    static final VarHandle FLOAT = view(float[].class);
    static final VarHandle DOUBLE = view(double[].class);

    final SharedRegion region;
    /** The segment's mapping, indexed from {@link #base}. */
    final ByteBuffer buffer;
    final int base;
    final Guard guard;

    SharedMemoryObject(SharedRegion region, Guard guard) {
        this.region = region;
        this.buffer = region.buffer();
        this.base = region.offset();
        this.guard = guard;
    }

    private static VarHandle view(Class<?> arrayType) {
        return MethodHandles.byteBufferViewVarHandle(arrayType, ByteOrder.nativeOrder());
    }

    /**
     * Called once by each kind, from its static initializer: its handle is its region and its
     * lock, and {@code attach} makes the object again from both in the receiving process.
     */
    static <T extends SharedMemoryObject> void register(Class<T> type, BiFunction<SharedRegion, Guard, T> attach) {
        HandleCodec<T> codec = new HandleCodec<>(attach);
        SharedObjects.register(type, codec, codec);
    }

    /**
     * A kind's handle codec, a class rather than two lambdas: a child initializes the kind on its
     * first attach, and there a lambda is a class spun at run time where this one is only loaded.
     */
    private static final class HandleCodec<T extends SharedMemoryObject>
            implements BiConsumer<T, WireOutput>, Function<WireInput, T> {

        private final BiFunction<SharedRegion, Guard, T> attach;

        HandleCodec(BiFunction<SharedRegion, Guard, T> attach) {
            this.attach = attach;
        }

        @Override
        public void accept(T object, WireOutput out) {
            object.writeHandle(out);
        }

        @Override
        public T apply(WireInput in) {
            return attach.apply(SharedRegion.read(in), Guard.read(in));
        }
    }

    /**
     * The lock of a synchronized value or array, for compound operations such as
     * {@code try (var held = v.getLock().hold()) { v.set(v.get() * 2); }}. Single operations
     * ({@code get}, {@code set}, {@code addAndGet}, ...) are atomic without it. It is an
     * {@link RLock} of the object's own, unless the object was created with a lock of the caller's.
     *
     * @throws UnsupportedOperationException on the raw kind ({@code createRaw}), which has none
     */
    public ProcessLock getLock() {
        if (guard.lock() == null) {
            throw new UnsupportedOperationException("[jmp.shm.raw-has-no-lock] " + getClass().getSimpleName()
                    + " was created with createRaw and has no lock; create it with create(...) for one");
        }
        return guard.lock();
    }

    /** Whether this object has a lock ({@code create}) or not ({@code createRaw}). */
    public boolean isSynchronized() {
        return guard.lock() != null;
    }

    /**
     * Releases this process's use of the memory. In the process that created it, the segment
     * file is removed once every object in it is closed (at the latest when the JVM exits);
     * processes that attached earlier keep working. Using the object after closing it is
     * undefined; closing twice does nothing. A slice is a view of its array and is released
     * with the array: closing a slice does nothing. A lock passed to {@code create} stays open:
     * it is the caller's.
     */
    @Override
    public void close() {
        region.close();
        guard.close();
    }

    void writeHandle(WireOutput out) {
        region.write(out);
        guard.write(out);
    }
}
