package dev.jmp.shm;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Python's {@code Array} for the typecodes {@code 'b'}/{@code 'c'}, {@code 'h'}, {@code 'u'} and {@code 'f'}. */
@ExtendWith(SharedMemoryIsolation.class)
class TypecodeArrayTest {

    /** Python: {@code Array('c', b'hello').value} is {@code b'hello'}, and {@code Array('c', 5).value} is {@code b''}. */
    @Test
    void aByteArraysValueIsTheBytesBeforeTheFirstZero() {
        try (ByteArray full = ByteArray.create("hello".getBytes(US_ASCII)); ByteArray zeros = ByteArray.create(5)) {
            assertEquals("hello", new String(full.value(), US_ASCII));
            assertArrayEquals(new byte[0], zeros.value());
        }
    }

    /**
     * Python: after {@code a = Array('c', b'hello'); a.value = b'hi'}, {@code a.raw} is
     * {@code b'hi\x00lo'}: one zero byte ends the value, the rest stays. A value as long as the
     * array gets no terminator; a longer one raises {@code ValueError}.
     */
    @Test
    void settingAByteArraysValueWritesOneTerminatorAndRefusesTooLongAValue() {
        try (ByteArray a = ByteArray.create("hello".getBytes(US_ASCII))) {
            a.setValue("hi".getBytes(US_ASCII));
            assertArrayEquals("hi\0lo".getBytes(US_ASCII), a.toArray());
            assertEquals("hi", new String(a.value(), US_ASCII));
            a.setValue("HELLO".getBytes(US_ASCII));
            assertArrayEquals("HELLO".getBytes(US_ASCII), a.toArray());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> a.setValue("toolong".getBytes(US_ASCII)));
            assertTrue(e.getMessage().startsWith("[jmp.shm.too-long] a value of 7 bytes does not fit in ByteArray of length 5"),
                    e.getMessage());
            assertEquals("HELLO", new String(a.value(), US_ASCII), "a refused value changes nothing");
        }
    }

    /** Python: {@code a.raw = b'xy'} on {@code b'hello'} gives {@code b'xyllo'}: raw bytes, no terminator. */
    @Test
    void aByteArraysRawBytesAreCopiedInBulkWithoutATerminator() {
        try (ByteArray a = ByteArray.createRaw("hello".getBytes(US_ASCII))) {
            a.copyFrom("xy".getBytes(US_ASCII), 0, 0, 2);
            assertArrayEquals("xyllo".getBytes(US_ASCII), a.toArray());
            assertEquals((byte) 'y', a.getAndSet(1, (byte) 0));
            assertEquals("x", new String(a.value(), US_ASCII));
            assertEquals((byte) ('l' + 1), a.incrementAndGet(2));
        }
    }

    /** Python: {@code a = RawArray('u', 'hello'); a.value = 'hi'} leaves {@code 'hi\0lo'}; too long raises {@code ValueError}. */
    @Test
    void aCharArraysValueIsTheTextBeforeTheFirstNul() {
        try (CharArray a = CharArray.create("hello".toCharArray())) {
            assertEquals("hello", a.value());
            a.setValue("hi");
            assertArrayEquals("hi\0lo".toCharArray(), a.toArray());
            assertEquals("hi", a.value());
            assertTrue(a.compareAndSet(0, 'h', 'H'));
            assertEquals("Hi", a.value());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.setValue("too long"));
            assertTrue(e.getMessage().startsWith("[jmp.shm.too-long] a value of 8 characters"), e.getMessage());
            assertEquals("CharArray[H, i, \0, l, o]", a.toString());
        }
    }

    /** Python: {@code Array('h', [1, 2, 3])} and {@code Array('f', [1.0, 2.0])}, with slices {@code arr[a:b]}. */
    @Test
    void shortAndFloatArraysHaveElementBulkAndSliceOperations() {
        try (ShortArray s = ShortArray.create(new short[] {1, 2, 3}); FloatArray f = FloatArray.createRaw(new float[] {1f, 2f})) {
            assertEquals((short) 3, s.incrementAndGet(1));
            assertEquals((short) 3, s.getAndAdd(2, -4));
            assertArrayEquals(new short[] {1, 3, -1}, s.toArray());
            ShortArray tail = s.slice(1, 3);
            tail.set(1, (short) 7);
            assertEquals((short) 7, s.get(2));
            assertSame(s.getLock(), tail.getLock());
            short[] target = new short[3];
            s.copyTo(1, target, 1, 2);
            assertArrayEquals(new short[] {0, 3, 7}, target);
            assertEquals("ShortArray[1, 3, 7]", s.toString());

            assertEquals(2.5f, f.addAndGet(1, 0.5f));
            assertTrue(f.compareAndSet(0, 1f, -1f));
            assertArrayEquals(new float[] {-1f, 2.5f}, f.toArray());
            assertEquals(1, f.slice(1, 2).length());
            assertThrows(IndexOutOfBoundsException.class, () -> f.get(2));
        }
    }
}
