package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class SemaphoreTest {

    @Test
    void permitsAreCountedAndHeldPerBlock() throws InterruptedException {
        try (Semaphore semaphore = Semaphore.create(2)) {
            try (Held first = semaphore.hold(); Held second = semaphore.hold()) {
                assertEquals(0, semaphore.availablePermits());
                assertFalse(semaphore.tryAcquire());
            }
            assertEquals(2, semaphore.availablePermits());
        }
    }

    @Test
    void acquireWithATimeoutGivesUpOnTime() throws InterruptedException {
        try (Semaphore semaphore = Semaphore.create(0)) {
            Duration timeout = Duration.ofMillis(300);
            Timing timing = Timing.start();
            assertFalse(semaphore.acquire(timeout));
            timing.assertOnTime(timeout);
        }
    }

    @Test
    void aReleaseWakesAWaiter() throws InterruptedException {
        try (Semaphore semaphore = Semaphore.create(0)) {
            Thread releaser = Timing.inThread(() -> {
                Thread.sleep(50);
                semaphore.release();
            });
            assertTrue(semaphore.acquire(Duration.ofSeconds(10)));
            releaser.join(10_000);
        }
    }

    @Test
    void aPlainSemaphoreMayBeReleasedAboveItsStart() {
        try (Semaphore semaphore = Semaphore.create(1)) {
            semaphore.release();
            assertEquals(2, semaphore.availablePermits());
        }
    }

    @Test
    void aBoundedSemaphoreRefusesOverRelease() throws InterruptedException {
        try (BoundedSemaphore semaphore = BoundedSemaphore.create(2)) {
            semaphore.acquire();
            semaphore.release();
            IllegalStateException e = assertThrows(IllegalStateException.class, semaphore::release);
            assertTrue(e.getMessage().startsWith("[jmp.sync.over-release]"), e.getMessage());
            assertEquals(2, semaphore.availablePermits());
        }
    }

    @Test
    void theBoundCrossesWithTheHandle() {
        try (BoundedSemaphore semaphore = BoundedSemaphore.create(1);
                Semaphore copy = Handles.decode(Handles.encode(semaphore), Semaphore.class)) {
            assertTrue(copy instanceof BoundedSemaphore);
            assertThrows(IllegalStateException.class, copy::release);
        }
    }
}
