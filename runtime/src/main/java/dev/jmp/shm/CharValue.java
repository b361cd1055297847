package dev.jmp.shm;

import dev.jmp.memory.SharedRegion;
import dev.jmp.sync.ProcessLock;

/**
 * A {@code char} in shared memory: Python's {@code Value('u', 'x')} ({@link #create}) and
 * {@code RawValue('u', 'x')} ({@link #createRaw}). Every operation is atomic with volatile
 * semantics.
 *
 * <pre>{@code
 * try (CharValue grade = CharValue.create('A')) {
 *     grade.compareAndSet('A', 'B');
 * }
 * }</pre>
 */
public final class CharValue extends SharedMemoryObject {

    static {
        register(CharValue.class, CharValue::new);
    }

    private CharValue(SharedRegion region, Guard guard) {
        super(region, guard);
    }

    /** A new value with a lock of its own ({@link #getLock}), like Python's {@code Value('u', initial)}. */
    public static CharValue create(char initial) {
        return of(Guard.fresh(), initial);
    }

    /** A new value guarded by {@code lock}, which other values may share, like Python's {@code Value('u', initial, lock=lock)}. */
    public static CharValue create(char initial, ProcessLock lock) {
        return of(Guard.given(lock), initial);
    }

    /** A new value without a lock, like Python's {@code RawValue('u', initial)}. */
    public static CharValue createRaw(char initial) {
        return of(Guard.NONE, initial);
    }

    private static CharValue of(Guard guard, char initial) {
        CharValue value = new CharValue(SharedRegion.allocate(Character.BYTES), guard);
        value.set(initial);
        return value;
    }

    public char get() {
        return (char) PackedCells.get(buffer, base, Character.BYTES);
    }

    public void set(char newValue) {
        PackedCells.getAndSet(buffer, base, Character.BYTES, newValue);
    }

    public char getAndSet(char newValue) {
        return (char) PackedCells.getAndSet(buffer, base, Character.BYTES, newValue);
    }

    /** Sets {@code newValue} if the value is {@code expected}; returns whether it did. */
    public boolean compareAndSet(char expected, char newValue) {
        return PackedCells.compareAndSet(buffer, base, Character.BYTES, expected, newValue);
    }

    @Override
    public String toString() {
        return "CharValue(" + get() + ")";
    }
}
