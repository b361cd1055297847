package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.sync.Held;
import dev.jmp.sync.Lock;
import dev.jmp.sync.ProcessLock;
import dev.jmp.sync.RLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Python's {@code lock=} argument of {@code Value} and {@code Array}. */
@ExtendWith(SharedMemoryIsolation.class)
class LockArgumentTest {

    /** Python: {@code a = Value('i', 0, lock=l); b = Array('d', 3, lock=l)}: both {@code get_lock()} return {@code l}. */
    @Test
    void valuesAndArraysCreatedWithOneLockShareIt() {
        try (Lock lock = Lock.create(); IntValue a = IntValue.create(0, lock); DoubleArray b = DoubleArray.create(3, lock);
                ByteArray c = ByteArray.create(new byte[] {1}, lock)) {
            assertSame(lock, a.getLock());
            assertSame(lock, b.getLock());
            assertSame(lock, c.slice(0, 1).getLock());
            try (Held held = a.getLock().hold()) {
                assertTrue(b.getLock().isLocked());
                assertFalse(c.getLock().tryAcquire(), "a Lock is not reentrant, whichever value it is reached through");
            }
            assertFalse(lock.isLocked());
        }
    }

    /** Python: {@code Value('q', 0, lock=RLock())}: an RLock passed in is the one {@code get_lock()} returns. */
    @Test
    void anRLockMayBePassedToo() {
        try (RLock lock = RLock.create(); LongValue a = LongValue.create(5, lock); CharValue b = CharValue.create('a', lock)) {
            ProcessLock same = b.getLock();
            assertSame(lock, same);
            try (Held outer = a.getLock().hold(); Held inner = b.getLock().hold()) {
                assertEquals(2, lock.getHoldCount());
            }
        }
    }

    /**
     * The lock stays the caller's: closing the values it guards leaves it open, so it still
     * crosses to other processes once they are closed.
     */
    @Test
    void closingAValueLeavesTheCallersLockOpen() {
        try (Lock lock = Lock.create()) {
            IntValue a = IntValue.create(1, lock);
            FloatArray b = FloatArray.createRaw(2);
            FloatArray c = FloatArray.create(2, lock);
            a.close();
            b.close();
            c.close();
            try (Lock attached = Handles.decode(Handles.encode(lock), Lock.class)) {
                attached.acquire();
                assertTrue(lock.isLocked());
                attached.release();
            }
        }
    }

    @Test
    void aNullLockIsRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ShortValue.create((short) 1, null));
        assertEquals("lock", e.getMessage());
    }
}
