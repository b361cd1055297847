package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class EventTest {

    @Test
    void awaitReturnsFalseOnTimeWhenNotSet() throws InterruptedException {
        try (Event event = Event.create()) {
            for (Duration timeout : new Duration[] {Duration.ofMillis(50), Duration.ofMillis(400)}) {
                Timing timing = Timing.start();
                assertFalse(event.await(timeout));
                timing.assertOnTime(timeout);
            }
        }
    }

    @Test
    void setWakesWaitersAndStaysSetUntilCleared() throws InterruptedException {
        try (Event event = Event.create()) {
            AtomicBoolean woke = new AtomicBoolean();
            Thread waiter = Timing.inThread(() -> woke.set(event.await(Duration.ofSeconds(10))));
            event.set();
            waiter.join(10_000);
            assertTrue(woke.get());
            assertTrue(event.isSet());
            assertTrue(event.await(Duration.ZERO));
            event.clear();
            assertFalse(event.isSet());
            assertFalse(event.await(Duration.ZERO));
        }
    }

    @Test
    void aWaiterDoesNotMissASetFollowedByAClear() throws InterruptedException {
        try (Event event = Event.create()) {
            AtomicBoolean woke = new AtomicBoolean();
            Thread waiter = Timing.inThread(() -> woke.set(event.await(Duration.ofSeconds(10))));
            while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.isAlive()) {
                Thread.onSpinWait();
            }
            event.set();
            event.clear();
            waiter.join(10_000);
            assertTrue(woke.get());
        }
    }
}
