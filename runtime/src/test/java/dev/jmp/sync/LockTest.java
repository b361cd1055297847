package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.IntValue;
import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class LockTest {

    @Test
    void holdLocksForTheBlockAndIsNotReentrant() {
        try (Lock lock = Lock.create()) {
            try (Held held = lock.hold()) {
                assertTrue(lock.isLocked());
                assertFalse(held.recovered());
                assertFalse(lock.tryAcquire(), "a Lock is not reentrant");
            }
            assertFalse(lock.isLocked());
            assertTrue(lock.tryAcquire());
            lock.release();
        }
    }

    @Test
    void releasingAnUnlockedLockIsAnError() {
        try (Lock lock = Lock.create()) {
            IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::release);
            assertTrue(e.getMessage().startsWith("[jmp.sync.release-unlocked]"), e.getMessage());
        }
    }

    @Test
    void anotherThreadMayReleaseALockAsInPython() throws InterruptedException {
        try (Lock lock = Lock.create()) {
            lock.acquire();
            Thread releaser = Timing.inThread(lock::release);
            releaser.join(10_000);
            assertFalse(lock.isLocked());
        }
    }

    @Test
    void acquireWithATimeoutGivesUpOnTime() throws InterruptedException {
        try (Lock lock = Lock.create()) {
            lock.acquire();
            AtomicBoolean got = new AtomicBoolean(true);
            Duration timeout = Duration.ofMillis(300);
            Timing timing = Timing.start();
            Thread waiter = Timing.inThread(() -> got.set(lock.acquire(timeout)));
            waiter.join(10_000);
            timing.assertOnTime(timeout);
            assertFalse(got.get());
            lock.release();
        }
    }

    @Test
    void threadsCountingUnderTheLockLoseNothing() throws InterruptedException {
        try (Lock lock = Lock.create(); IntValue count = IntValue.createRaw(0)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = Timing.inThread(() -> {
                    for (int i = 0; i < 50_000; i++) {
                        try (Held held = lock.hold()) {
                            count.set(count.get() + 1);
                        }
                    }
                });
            }
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            assertEquals(200_000, count.get());
        }
    }
}
