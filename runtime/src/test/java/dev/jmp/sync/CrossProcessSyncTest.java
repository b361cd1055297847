package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.Handles;
import dev.jmp.shm.IntValue;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.testing.JavaProgram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessSyncTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);

    @Test
    void fourProcessesIncrementingUnderALockCountExactly() throws Exception {
        int perChild = 20_000;
        try (Lock lock = Lock.create(); IntValue count = IntValue.createRaw(0)) {
            List<JavaProgram> children = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                children.add(JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "lock-increment", Handles.encode(lock),
                        Handles.encode(count), Integer.toString(perChild)));
            }
            for (JavaProgram child : children) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            }
            assertEquals(4 * perChild, count.get());
            assertTrue(!lock.isLocked());
        }
    }

    @Test
    void aWaiterTakesOverALockWhoseHolderWasKilled() throws Exception {
        try (Lock lock = Lock.create(); Event held = Event.create()) {
            JavaProgram holder = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "hold-lock", Handles.encode(lock), Handles.encode(held));
            assertTrue(held.await(CHILD_LIMIT), holder::toString);
            AtomicReference<Held> taken = new AtomicReference<>();
            Thread waiter = Timing.inThread(() -> {
                if (lock.acquire(Duration.ofSeconds(30))) {
                    taken.set(new Held(lock::release, lock.wasRecovered()));
                }
            });
            holder.kill();
            waiter.join(CHILD_LIMIT.toMillis());
            assertTrue(taken.get() != null, "the lock was never taken over");
            assertTrue(taken.get().recovered(), "the take-over was not reported");
            assertTrue(lock.isLocked());
            lock.release();
            try (Held again = lock.hold()) {
                assertTrue(!again.recovered(), "only the take-over is flagged");
            }
        }
    }

    @Test
    void anRLockHeldTwiceByAKilledProcessIsTakenOverWithACountOfOne() throws Exception {
        try (RLock lock = RLock.create(); Event held = Event.create()) {
            JavaProgram holder = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "hold-rlock", Handles.encode(lock), Handles.encode(held));
            assertTrue(held.await(CHILD_LIMIT), holder::toString);
            assertTrue(!lock.tryAcquire());
            assertTrue(lock.isLocked(), "locked() is true while another process holds the RLock");
            holder.kill();
            try (Held taken = lock.hold()) {
                assertTrue(taken.recovered());
                assertEquals(1, lock.getHoldCount());
            }
            assertTrue(!lock.isHeldByCurrentThread());
        }
    }

    @Test
    void aPermitOfAKilledHolderIsGivenBack() throws Exception {
        try (Semaphore semaphore = Semaphore.create(1); Event held = Event.create()) {
            JavaProgram holder = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "hold-permit", Handles.encode(semaphore), Handles.encode(held));
            assertTrue(held.await(CHILD_LIMIT), holder::toString);
            assertEquals(0, semaphore.availablePermits());
            holder.kill();
            assertTrue(semaphore.acquire(Duration.ofSeconds(10)), "the permit was not recovered");
            assertEquals(1, semaphore.recoveredPermits());
            semaphore.release();
            assertEquals(1, semaphore.availablePermits());
        }
    }

    @Test
    void aBarrierBreaksForAllWhenAPartyInAnotherProcessTimesOut() throws Exception {
        try (Barrier barrier = Barrier.create(3)) {
            JavaProgram impatient = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "barrier", Handles.encode(barrier), "500");
            AtomicBoolean broken = new AtomicBoolean();
            Thread patient = Timing.inThread(() -> {
                try {
                    barrier.await(CHILD_LIMIT);
                } catch (BrokenBarrierException e) {
                    broken.set(true);
                }
            });
            assertEquals(0, impatient.awaitExit(CHILD_LIMIT), impatient::toString);
            assertTrue(impatient.out().contains("timed out"), impatient::toString);
            patient.join(CHILD_LIMIT.toMillis());
            assertTrue(broken.get(), "the waiting party was not told the barrier broke");
            assertThrows(BrokenBarrierException.class, () -> barrier.await(Duration.ofSeconds(1)));
        }
    }

    @Test
    void anRLockHeldHereCannotBeReleasedByAnotherProcess() throws Exception {
        try (RLock lock = RLock.create(); Held held = lock.hold()) {
            JavaProgram child = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "rlock-release", Handles.encode(lock));
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::toString);
            assertTrue(child.out().contains("refused: [jmp.sync.not-owner] cannot release an RLock this thread"
                    + " does not hold (held by process " + ProcessHandle.current().pid() + ")"), child::toString);
            assertTrue(lock.isHeldByCurrentThread());
        }
    }
}
