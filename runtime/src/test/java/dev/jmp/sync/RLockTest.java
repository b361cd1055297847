package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class RLockTest {

    @Test
    void theOwningThreadMayAcquireAgain() throws InterruptedException {
        try (RLock lock = RLock.create()) {
            lock.acquire();
            assertTrue(lock.acquire(Duration.ZERO));
            assertTrue(lock.tryAcquire());
            assertEquals(3, lock.getHoldCount());
            lock.release();
            lock.release();
            assertTrue(lock.isHeldByCurrentThread());
            lock.release();
            assertFalse(lock.isHeldByCurrentThread());
            assertEquals(0, lock.getHoldCount());
        }
    }

    @Test
    void releasingAnUnlockedRLockIsAnError() {
        try (RLock lock = RLock.create()) {
            IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::release);
            assertTrue(e.getMessage().contains("it is unlocked"), e.getMessage());
        }
    }

    @Test
    void anotherThreadCannotReleaseIt() throws InterruptedException {
        try (RLock lock = RLock.create()) {
            lock.acquire();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread other = Timing.inThread(() -> {
                try {
                    lock.release();
                } catch (IllegalMonitorStateException e) {
                    thrown.set(e);
                }
                thrown.compareAndSet(null, new AssertionError("released"));
                assertFalse(lock.tryAcquire());
            });
            other.join(10_000);
            assertTrue(thrown.get() instanceof IllegalMonitorStateException, String.valueOf(thrown.get()));
            assertTrue(thrown.get().getMessage().contains("held by another thread"), thrown.get().getMessage());
            assertTrue(lock.isHeldByCurrentThread());
            lock.release();
        }
    }

    /** Python's {@code RLock.locked()}: true while any thread holds it, however many times, false once fully released. */
    @Test
    void isLockedIsTrueWhileAnyThreadHoldsItAsPythonsLocked() throws InterruptedException {
        try (RLock lock = RLock.create()) {
            assertFalse(lock.isLocked());
            lock.acquire();
            lock.acquire();
            assertTrue(lock.isLocked());
            lock.release();
            assertTrue(lock.isLocked(), "still held once");
            lock.release();
            assertFalse(lock.isLocked());
            Thread other = Timing.inThread(lock::acquire);
            other.join(10_000);
            assertTrue(lock.isLocked(), "held by another thread");
            assertFalse(lock.isHeldByCurrentThread());
        }
    }
}
