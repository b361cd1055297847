package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.sync.RLock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What every value and array has in common: its region of shared memory and, for the
 * synchronized kind, the cross-process {@link RLock} that Python's {@code get_lock()} returns.
 */
abstract class SharedMemoryObject implements ProcessShareable, AutoCloseable {

    static final VarHandle INT = view(int[].class);
    static final VarHandle LONG = view(long[].class);
    static final VarHandle DOUBLE = view(double[].class);

    final SharedRegion region;
    /** The segment's mapping, indexed from {@link #base}. */
    final ByteBuffer buffer;
    final int base;
    private final RLock lock;
    /** A view (an array slice) shares its array's memory and lock, and closes neither. */
    private final boolean view;

    SharedMemoryObject(SharedRegion region, RLock lock, boolean view) {
        this.region = region;
        this.buffer = region.buffer();
        this.base = region.offset;
        this.lock = lock;
        this.view = view;
    }

    private static VarHandle view(Class<?> arrayType) {
        return MethodHandles.byteBufferViewVarHandle(arrayType, ByteOrder.nativeOrder());
    }

    /** Python's {@code lock=True}: a new cross-process RLock; null for the raw kind. */
    static RLock newLock(boolean synchronize) {
        return synchronize ? RLock.create() : null;
    }

    /**
     * The lock of a synchronized value or array, for compound operations such as
     * {@code try (var held = v.getLock().hold()) { v.set(v.get() * 2); }}. Single operations
     * ({@code get}, {@code set}, {@code addAndGet}, ...) are atomic without it.
     *
     * @throws UnsupportedOperationException on the raw kind ({@code createRaw}), which has none
     */
    public RLock getLock() {
        if (lock == null) {
            throw new UnsupportedOperationException("[jmp.shm.raw-has-no-lock] " + getClass().getSimpleName()
                    + " was created with createRaw and has no lock; create it with create(...) for one");
        }
        return lock;
    }

    /** Whether this object has a lock ({@code create}) or not ({@code createRaw}). */
    public boolean isSynchronized() {
        return lock != null;
    }

    /** The lock, or null for the raw kind; for views that share it. */
    RLock lockOrNull() {
        return lock;
    }

    /**
     * Releases this process's use of the memory. In the process that created it, the segment
     * file is removed once every object in it is closed (at the latest when the JVM exits);
     * processes that attached earlier keep working. Using the object after closing it is
     * undefined; closing twice does nothing. A slice is a view of its array and is released
     * with the array: closing a slice does nothing.
     */
    @Override
    public void close() {
        if (view) {
            return;
        }
        region.close();
        if (lock != null) {
            lock.close();
        }
    }

    void writeHandle(WireOutput out) {
        region.write(out);
        if (out.writePresence(lock)) {
            SharedObjects.write(out, lock);
        }
    }

    static RLock readLock(WireInput in) {
        return in.readPresence() ? SharedObjects.read(in, RLock.class) : null;
    }
}
