package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code short} in shared memory: Python's {@code Value('h', 0)} ({@link #create}) and
 * {@code RawValue('h', 0)} ({@link #createRaw}); also {@code Value('H', n)} (read it with
 * {@link Short#toUnsignedInt}). Every operation is atomic with volatile semantics; arithmetic
 * wraps around as {@code short} arithmetic does.
 *
 * <pre>{@code
 * try (ShortValue level = ShortValue.create((short) 3)) {
 *     level.incrementAndGet();
 * }
 * }</pre>
 */
public final class ShortValue extends SharedMemoryObject {

    static {
        register(ShortValue.class, ShortValue::new);
    }

    private ShortValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('h', initial)}. */
    public static ShortValue create(short initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('h', initial, lock=lock)}. */
    public static ShortValue create(short initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('h', initial)}. */
    public static ShortValue createRaw(short initial) {
        return of(Guard.NONE, initial);
    }

    private static ShortValue of(Guard guard, short initial) {
        ShortValue value = new ShortValue(SharedRegion.allocate(Short.BYTES), guard);
        value.set(initial);
        return value;
    }

    public short get() {
        return (short) PackedCells.get(buffer, base, Short.BYTES);
    }

    public void set(short newValue) {
        PackedCells.getAndSet(buffer, base, Short.BYTES, newValue);
    }

    public short getAndSet(short newValue) {
        return (short) PackedCells.getAndSet(buffer, base, Short.BYTES, newValue);
    }

    /** Sets {@code newValue} if the value is {@code expected}; returns whether it did. */
    public boolean compareAndSet(short expected, short newValue) {
        return PackedCells.compareAndSet(buffer, base, Short.BYTES, expected, newValue);
    }

    /** Adds {@code delta}, wrapping around as {@code short} arithmetic does, and returns the previous value. */
    public short getAndAdd(int delta) {
        return (short) PackedCells.getAndAdd(buffer, base, Short.BYTES, delta);
    }

    public short addAndGet(int delta) {
        return (short) (getAndAdd(delta) + delta);
    }

    public short incrementAndGet() {
        return addAndGet(1);
    }

    public short decrementAndGet() {
        return addAndGet(-1);
    }

    @Override
    public String toString() {
        return "ShortValue(" + get() + ")";
    }
}
