package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.IntValue;
import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class ConditionTest {

    @Test
    void awaitTimesOutOnTimeAndHoldsTheLockAgain() throws InterruptedException {
        try (Condition condition = Condition.create(); Held held = condition.hold()) {
            Duration timeout = Duration.ofMillis(300);
            Timing timing = Timing.start();
            assertFalse(condition.await(timeout));
            timing.assertOnTime(timeout);
            condition.signal(); // still holding the lock, or this would throw
        }
    }

    @Test
    void signalWakesExactlyAsManyWaitersAsAsked() throws InterruptedException {
        try (Lock lock = Lock.create(); Condition condition = Condition.create(lock)) {
            AtomicInteger entered = new AtomicInteger();
            AtomicInteger woken = new AtomicInteger();
            List<Thread> waiters = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiters.add(Timing.inThread(() -> {
                    try (Held held = condition.hold()) {
                        entered.incrementAndGet();
                        if (condition.await(Duration.ofSeconds(20))) {
                            woken.incrementAndGet();
                        }
                    }
                }));
            }
            awaitValue(entered, 3);
            try (Held held = condition.hold()) {
                condition.signal(2);
            }
            awaitValue(woken, 2);
            assertTrue(waiters.stream().filter(Thread::isAlive).count() >= 1, "one waiter was not signalled");
            try (Held held = condition.hold()) {
                condition.signalAll();
            }
            awaitValue(woken, 3);
            for (Thread waiter : waiters) {
                waiter.join(10_000);
            }
        }
    }

    @Test
    void awaitForRechecksThePredicate() throws InterruptedException {
        try (Condition condition = Condition.create(); IntValue items = IntValue.createRaw(0)) {
            Thread producer = Timing.inThread(() -> {
                for (int i = 0; i < 3; i++) {
                    try (Held held = condition.hold()) {
                        items.incrementAndGet();
                        condition.signalAll();
                    }
                }
            });
            try (Held held = condition.hold()) {
                assertTrue(condition.awaitFor(() -> items.get() == 3, Duration.ofSeconds(20)));
                Duration timeout = Duration.ofMillis(200);
                Timing timing = Timing.start();
                assertFalse(condition.awaitFor(() -> items.get() == 4, timeout));
                timing.assertOnTime(timeout);
            }
            producer.join(10_000);
        }
    }

    @Test
    void waitingOrSignallingWithoutTheLockIsAnError() {
        try (Condition condition = Condition.create()) {
            assertThrows(IllegalMonitorStateException.class, () -> condition.await(Duration.ofMillis(1)));
            IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, condition::signal);
            assertTrue(e.getMessage().startsWith("[jmp.sync.not-owner]"), e.getMessage());
        }
    }

    private static void awaitValue(AtomicInteger counter, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (counter.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, counter.get());
    }
}
