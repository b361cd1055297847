package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code byte} in shared memory: Python's {@code Value('b', 0)} ({@link #create}) and
 * {@code RawValue('b', 0)} ({@link #createRaw}); also {@code Value('c', b'x')} (a byte) and
 * {@code Value('B', 255)} (read it with {@link Byte#toUnsignedInt}). Every operation is atomic
 * with volatile semantics; arithmetic wraps around as {@code byte} arithmetic does.
 *
 * <pre>{@code
 * try (ByteValue state = ByteValue.create((byte) 0)) {
 *     state.compareAndSet((byte) 0, (byte) 1);   // claim, from any process
 * }
 * }</pre>
 */
public final class ByteValue extends SharedMemoryObject {

    static {
        register(ByteValue.class, ByteValue::new);
    }

    private ByteValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('b', initial)}. */
    public static ByteValue create(byte initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('b', initial, lock=lock)}. */
    public static ByteValue create(byte initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('b', initial)}. */
    public static ByteValue createRaw(byte initial) {
        return of(Guard.NONE, initial);
    }

    private static ByteValue of(Guard guard, byte initial) {
        ByteValue value = new ByteValue(SharedRegion.allocate(Byte.BYTES), guard);
        value.set(initial);
        return value;
    }

    public byte get() {
        return (byte) PackedCells.get(buffer, base, Byte.BYTES);
    }

    public void set(byte newValue) {
        PackedCells.getAndSet(buffer, base, Byte.BYTES, newValue);
    }

    public byte getAndSet(byte newValue) {
        return (byte) PackedCells.getAndSet(buffer, base, Byte.BYTES, newValue);
    }

    /** Sets {@code newValue} if the value is {@code expected}; returns whether it did. */
    public boolean compareAndSet(byte expected, byte newValue) {
        return PackedCells.compareAndSet(buffer, base, Byte.BYTES, expected, newValue);
    }

    /** Adds {@code delta}, wrapping around as {@code byte} arithmetic does, and returns the previous value. */
    public byte getAndAdd(int delta) {
        return (byte) PackedCells.getAndAdd(buffer, base, Byte.BYTES, delta);
    }

    public byte addAndGet(int delta) {
        return (byte) (getAndAdd(delta) + delta);
    }

    public byte incrementAndGet() {
        return addAndGet(1);
    }

    public byte decrementAndGet() {
        return addAndGet(-1);
    }

    @Override
    public String toString() {
        return "ByteValue(" + get() + ")";
    }
}
