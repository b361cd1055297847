package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class ArrayTest {

    @Test
    void intArrayStartsFromContentsAndCopiesInBulk() {
        try (IntArray a = IntArray.create(new int[] {1, 2, 3, 4, 5})) {
            assertEquals(5, a.length());
            assertEquals(3, a.get(2));
            a.set(2, 30);
            assertEquals(31, a.incrementAndGet(2));
            assertEquals(31, a.getAndAdd(2, 1));
            assertTrue(a.compareAndSet(0, 1, 10));
            a.copyFrom(new int[] {7, 8, 9}, 1, 3, 2);
            assertArrayEquals(new int[] {10, 2, 32, 8, 9}, a.toArray());
            int[] target = new int[4];
            a.copyTo(1, target, 2, 2);
            assertArrayEquals(new int[] {0, 0, 2, 32}, target);
            assertEquals("IntArray[10, 2, 32, 8, 9]", a.toString());
        }
        try (LongArray big = LongArray.createRaw(1000)) {
            assertEquals("LongArray[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ... (1000 elements)]", big.toString());
        }
    }

    @Test
    void slicesAreViewsSharingMemoryAndLock() {
        try (LongArray a = LongArray.create(10)) {
            LongArray middle = a.slice(3, 7);
            assertEquals(4, middle.length());
            middle.set(0, 42);
            assertEquals(42, a.get(3));
            a.set(6, 7);
            assertEquals(7, middle.get(3));
            assertSame(a.getLock(), middle.getLock());
            assertEquals(1, middle.slice(3, 4).toArray().length);
            middle.close(); // a view: closing it releases nothing
            assertEquals(42, a.get(3));
        }
    }

    @Test
    void longArrayUpdatesElementsAtomically() {
        try (LongArray a = LongArray.createRaw(new long[] {5, 6})) {
            assertEquals(6, a.getAndUpdate(1, x -> x * 10));
            assertEquals(60, a.get(1));
            assertEquals(6, a.addAndGet(0, 1));
        }
    }

    @Test
    void doubleArrayAddsPerElementAndCopiesInBulk() {
        try (DoubleArray a = DoubleArray.createRaw(1_000_000)) {
            double[] ramp = new double[1_000_000];
            for (int i = 0; i < ramp.length; i++) {
                ramp[i] = i;
            }
            a.copyFrom(ramp, 0, 0, ramp.length);
            assertEquals(1000.5, a.addAndGet(1000, 0.5));
            assertEquals(999_999.0, a.toArray()[999_999]);
            assertFalse(a.isSynchronized());
        }
    }

    @Test
    void indexesAreChecked() {
        try (IntArray a = IntArray.createRaw(3)) {
            assertThrows(IndexOutOfBoundsException.class, () -> a.get(3));
            assertThrows(IndexOutOfBoundsException.class, () -> a.set(-1, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> a.slice(2, 4));
            assertThrows(IndexOutOfBoundsException.class, () -> a.copyFrom(new int[5], 0, 0, 5));
            assertThrows(NegativeArraySizeException.class, () -> IntArray.createRaw(-1));
            assertThrows(NegativeArraySizeException.class, () -> ByteArray.create(-1), "and leaves no lock behind");
        }
    }

    @Test
    void anEmptyArrayIsFine() {
        try (DoubleArray a = DoubleArray.create(new double[0])) {
            assertEquals(0, a.length());
            assertArrayEquals(new double[0], a.toArray());
        }
    }
}
