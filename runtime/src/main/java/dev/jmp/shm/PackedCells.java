package dev.jmp.shm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Atomic access to {@code byte}, {@code short} and {@code char} elements, which are packed (so
 * that {@code Array('c', ...)} is a plain byte buffer) but which no {@code VarHandle} can update
 * atomically: every access goes through the aligned {@code int} around the element, read with
 * volatile semantics and changed by compare-and-set, which leaves its other bytes as they were.
 * That word never leaves the segment, whose size is a multiple of 4 KiB.
 *
 * <p>Values are passed and returned as the element's bits in the low {@code 8 * width} bits of an
 * {@code int}; callers narrow them with a cast.
 */
final class PackedCells {

    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private PackedCells() {}

    /** The bits of the {@code width}-byte element at byte {@code at} of {@code buffer}. */
    static int get(ByteBuffer buffer, int at, int width) {
        return (int) SharedMemoryObject.INT.getVolatile(buffer, at & -4) >>> shift(at, width) & mask(width);
    }

    static int getAndSet(ByteBuffer buffer, int at, int width, int bits) {
        while (true) {
            int current = get(buffer, at, width);
            if (compareAndSet(buffer, at, width, current, bits)) {
                return current;
            }
        }
    }

    static int getAndAdd(ByteBuffer buffer, int at, int width, int delta) {
        while (true) {
            int current = get(buffer, at, width);
            if (compareAndSet(buffer, at, width, current, current + delta)) {
                return current;
            }
        }
    }

    /** Sets {@code bits} if the element holds {@code expected} (both compared in the element's width). */
    static boolean compareAndSet(ByteBuffer buffer, int at, int width, int expected, int bits) {
        int word = at & -4;
        int shift = shift(at, width);
        int mask = mask(width);
        while (true) {
            int current = (int) SharedMemoryObject.INT.getVolatile(buffer, word);
            if ((current >>> shift & mask) != (expected & mask)) {
                return false;
            }
            int next = current & ~(mask << shift) | (bits & mask) << shift;
            // A failure here means another byte of the word changed: try again.
            if (SharedMemoryObject.INT.compareAndSet(buffer, word, current, next)) {
                return true;
            }
        }
    }

    private static int shift(int at, int width) {
        int inWord = at & 3;
        return 8 * (LITTLE_ENDIAN ? inWord : 4 - width - inWord);
    }

    private static int mask(int width) {
        return (1 << 8 * width) - 1;
    }
}
