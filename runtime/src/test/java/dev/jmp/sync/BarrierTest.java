package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class BarrierTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void allPartiesPassTogetherAndTheActionRunsOncePerRound() throws InterruptedException {
        AtomicInteger actions = new AtomicInteger();
        try (Barrier barrier = Barrier.create(3, actions::incrementAndGet)) {
            Set<Integer> indexes = ConcurrentHashMap.newKeySet();
            for (int round = 1; round <= 2; round++) {
                List<Thread> parties = List.of(
                        Timing.inThread(() -> indexes.add(barrier.await(LIMIT))),
                        Timing.inThread(() -> indexes.add(barrier.await(LIMIT))),
                        Timing.inThread(() -> indexes.add(barrier.await(LIMIT))));
                for (Thread party : parties) {
                    party.join(LIMIT.toMillis());
                }
                assertEquals(Set.of(0, 1, 2), indexes);
                assertEquals(round, actions.get());
                indexes.clear();
            }
            assertEquals(0, barrier.numberWaiting());
        }
    }

    @Test
    void aPartyTimingOutBreaksTheBarrierForAll() throws Exception {
        try (Barrier barrier = Barrier.create(3)) {
            List<Throwable> others = new CopyOnWriteArrayList<>();
            Thread patient = Timing.inThread(() -> {
                try {
                    barrier.await(LIMIT);
                } catch (BrokenBarrierException e) {
                    others.add(e);
                }
            });
            awaitWaiting(barrier, 1);
            Duration timeout = Duration.ofMillis(300);
            Timing timing = Timing.start();
            assertThrows(TimeoutException.class, () -> barrier.await(timeout));
            timing.assertOnTime(timeout);
            patient.join(LIMIT.toMillis());
            assertEquals(1, others.size(), "the patient party got BrokenBarrierException");
            assertTrue(barrier.isBroken());
            assertThrows(BrokenBarrierException.class, () -> barrier.await(LIMIT));

            barrier.reset();
            assertFalse(barrier.isBroken());
        }
    }

    @Test
    void abortAndResetBreakWaitingParties() throws Exception {
        try (Barrier barrier = Barrier.create(2)) {
            for (Runnable breaker : List.<Runnable>of(barrier::abort, barrier::reset)) {
                barrier.reset();
                AtomicInteger broken = new AtomicInteger();
                Thread waiting = Timing.inThread(() -> {
                    try {
                        barrier.await(LIMIT);
                    } catch (BrokenBarrierException e) {
                        broken.incrementAndGet();
                    }
                });
                awaitWaiting(barrier, 1);
                breaker.run();
                waiting.join(LIMIT.toMillis());
                assertEquals(1, broken.get());
            }
        }
    }

    @Test
    void anActionThatThrowsBreaksTheBarrier() throws Exception {
        try (Barrier barrier = Barrier.create(1, () -> {
            throw new IllegalStateException("action failed");
        })) {
            assertThrows(IllegalStateException.class, barrier::await);
            assertTrue(barrier.isBroken());
        }
    }

    @Test
    void theDefaultTimeoutApplies() {
        try (Barrier barrier = Barrier.create(2, null, Duration.ofMillis(100))) {
            assertThrows(TimeoutException.class, barrier::await);
        }
    }

    static void awaitWaiting(Barrier barrier, int parties) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (barrier.numberWaiting() < parties && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertEquals(parties, barrier.numberWaiting());
    }
}
