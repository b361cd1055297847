package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.sync.Held;
import dev.jmp.sync.RLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class ValueTest {

    @Test
    void intValueHasPythonsValueOperationsAndAtomicOnes() {
        try (IntValue v = IntValue.create(10)) {
            assertEquals(10, v.get());
            v.set(11);
            assertEquals(13, v.addAndGet(2));
            assertEquals(13, v.getAndAdd(-3));
            assertEquals(11, v.incrementAndGet());
            assertEquals(10, v.decrementAndGet());
            assertTrue(v.compareAndSet(10, 20));
            assertFalse(v.compareAndSet(10, 30));
            assertEquals(20, v.getAndSet(1));
            assertEquals("IntValue(1)", v.toString());
        }
    }

    @Test
    void longValueHoldsLongs() {
        try (LongValue v = LongValue.createRaw(Long.MAX_VALUE - 1)) {
            assertEquals(Long.MAX_VALUE, v.incrementAndGet());
            assertTrue(v.compareAndSet(Long.MAX_VALUE, -5L));
            assertEquals(-5L, v.get());
        }
    }

    @Test
    void doubleValueAddsAtomicallyAndComparesBits() {
        try (DoubleValue v = DoubleValue.create(1.5)) {
            assertEquals(4.0, v.addAndGet(2.5));
            assertEquals(4.0, v.getAndAdd(1.0));
            v.set(Double.NaN);
            assertTrue(v.compareAndSet(Double.NaN, 0.25));
            assertEquals(0.25, v.get());
        }
    }

    @Test
    void booleanValueIsAFlag() {
        try (BooleanValue v = BooleanValue.createRaw(false)) {
            assertFalse(v.get());
            assertTrue(v.compareAndSet(false, true));
            assertTrue(v.getAndSet(false));
            assertFalse(v.get());
        }
    }

    /** Python's {@code Value(..., lock=True)} makes an {@code RLock}; {@code RawValue} has no {@code get_lock}. */
    @Test
    void theSynchronizedKindHasAReentrantLockAndTheRawKindNone() {
        try (IntValue synced = IntValue.create(0); IntValue raw = IntValue.createRaw(0)) {
            RLock lock = assertInstanceOf(RLock.class, synced.getLock());
            try (Held outer = lock.hold(); Held inner = lock.hold()) {
                synced.set(synced.get() + 1);
                assertEquals(2, lock.getHoldCount());
            }
            assertFalse(lock.isHeldByCurrentThread());
            assertFalse(raw.isSynchronized());
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, raw::getLock);
            assertTrue(e.getMessage().startsWith("[jmp.shm.raw-has-no-lock]"), e.getMessage());
        }
    }

    @Test
    void threadsIncrementingConcurrentlyLoseNothing() throws InterruptedException {
        try (LongValue v = LongValue.createRaw(0)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 100_000; i++) {
                        v.incrementAndGet();
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals(400_000, v.get());
        }
    }
}
