package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Python's {@code Value} for the typecodes {@code 'b'}, {@code 'h'}, {@code 'u'} and {@code 'f'}. */
@ExtendWith(SharedMemoryIsolation.class)
class TypecodeValueTest {

    /** Python: {@code v = Value('b', 127); v.value += 1} gives -128, as ctypes' {@code c_byte} wraps around. */
    @Test
    void byteValueIsValueBAndWrapsAroundAsCtypesDoes() {
        try (ByteValue v = ByteValue.create((byte) 127)) {
            assertEquals((byte) -128, v.incrementAndGet());
            assertEquals((byte) 127, v.decrementAndGet());
            assertEquals((byte) 127, v.getAndAdd(3));
            assertEquals((byte) -126, v.get());
            assertTrue(v.compareAndSet((byte) -126, (byte) 5));
            assertFalse(v.compareAndSet((byte) -126, (byte) 6));
            assertEquals((byte) 5, v.getAndSet((byte) -1));
            assertEquals(255, Byte.toUnsignedInt(v.get()), "Value('B') reads the same bits unsigned");
            assertEquals("ByteValue(-1)", v.toString());
        }
    }

    /** Python: {@code v = Value('h', 32767); v.value += 1} gives -32768. */
    @Test
    void shortValueIsValueHAndWrapsAroundAsCtypesDoes() {
        try (ShortValue v = ShortValue.createRaw((short) 32767)) {
            assertEquals((short) -32768, v.addAndGet(1));
            assertTrue(v.compareAndSet((short) -32768, (short) 1000));
            assertEquals((short) 1000, v.getAndSet((short) -2));
            assertEquals((short) -2, v.get());
            assertFalse(v.isSynchronized());
        }
    }

    /** Python: {@code Value('u', 'x')} holds one character. */
    @Test
    void charValueIsValueU() {
        try (CharValue v = CharValue.create('x')) {
            assertEquals('x', v.get());
            v.set('\uffff');
            assertEquals('\uffff', v.get());
            assertTrue(v.compareAndSet('\uffff', 'y'));
            assertFalse(v.compareAndSet('\uffff', 'z'));
            assertEquals('y', v.getAndSet('\u00e9'));
            assertEquals("CharValue(\u00e9)", v.toString());
        }
    }

    /** Python: {@code Value('f', 0.1).value} is the single-precision 0.1, not the double. */
    @Test
    void floatValueIsValueFWithSinglePrecision() {
        try (FloatValue v = FloatValue.create(0.1f)) {
            assertEquals(0.10000000149011612, (double) v.get());
            assertEquals(2.6f, v.addAndGet(2.5f));
            assertEquals(2.6f, v.getAndAdd(1f));
            v.set(Float.NaN);
            assertTrue(v.compareAndSet(Float.NaN, 0.25f), "compares bit patterns");
            assertEquals(0.25f, v.getAndSet(-0f));
            assertEquals("FloatValue(-0.0)", v.toString());
        }
    }

    /**
     * Values smaller than a word are updated through the word around them: four bytes in one
     * word, each incremented by its own thread, lose no update and disturb no neighbour.
     */
    @Test
    void neighbouringBytesUpdatedByManyThreadsLoseNothing() throws InterruptedException {
        int perThread = 50_000;
        try (ByteArray bytes = ByteArray.createRaw(4); ShortArray shorts = ShortArray.createRaw(2)) {
            Thread[] threads = new Thread[6];
            for (int t = 0; t < threads.length; t++) {
                int index = t;
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        if (index < 4) {
                            bytes.incrementAndGet(index);
                        } else {
                            shorts.incrementAndGet(index - 4);
                        }
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            for (int i = 0; i < 4; i++) {
                assertEquals((byte) perThread, bytes.get(i), "byte " + i);
            }
            assertEquals((short) perThread, shorts.get(0));
            assertEquals((short) perThread, shorts.get(1));
        }
    }
}
