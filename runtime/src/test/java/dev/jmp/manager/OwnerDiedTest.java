package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A manager lock held by a process that is killed is released for the next acquirer, which is told. */
@ExtendWith(NoLeftovers.class)
class OwnerDiedTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    /** Starts a child that takes {@code lock} and blocks, kills it once it holds the lock. */
    private static void killWhileHolding(SyncManager manager, BaseProxy lock) throws Exception {
        EventProxy ready = manager.event();
        Process child = new Process(ManagerScript.task("hold-lock", lock, ready));
        child.start();
        try {
            assertTrue(ready.await(LIMIT), "the child did not take the lock");
        } finally {
            child.kill();
            assertTrue(child.join(LIMIT));
        }
        assertEquals(-9, child.exitCode().orElseThrow());
    }

    @Test
    void aLockHeldByAKilledChildIsTakenOver() throws Exception {
        try (SyncManager manager = Manager.start()) {
            LockProxy lock = manager.lock();
            killWhileHolding(manager, lock);
            assertTrue(lock.acquire(LIMIT), "the lock was not released when its holder was killed");
            assertTrue(lock.wasRecovered());
            lock.release();
            assertTrue(lock.tryAcquire());
            assertFalse(lock.wasRecovered(), "only the first acquisition after the death is flagged");
            lock.release();
        }
    }

    @Test
    void anRLockHeldByAKilledChildIsTakenOver() throws Exception {
        try (SyncManager manager = Manager.start()) {
            RLockProxy lock = manager.rLock();
            killWhileHolding(manager, lock);
            assertTrue(lock.acquire(LIMIT), "the rlock was not released when its holder was killed");
            assertTrue(lock.wasRecovered());
            assertEquals(1, lock.getHoldCount(), "the dead holder's count is gone");
            lock.release();
            assertFalse(lock.isLocked());
        }
    }

    @Test
    void aConditionsLockHeldByAKilledChildIsTakenOver() throws Exception {
        try (SyncManager manager = Manager.start()) {
            ConditionProxy condition = manager.condition();
            killWhileHolding(manager, condition);
            assertTrue(condition.acquire(LIMIT), "the condition's lock was not released when its holder was killed");
            assertTrue(condition.wasRecovered());
            condition.signalAll();
            condition.release();
        }
    }

    @Test
    void aWaitingAcquirerGetsTheLockWhenItsHolderIsKilled() throws Exception {
        try (SyncManager manager = Manager.start()) {
            LockProxy lock = manager.lock();
            EventProxy ready = manager.event();
            Process child = new Process(ManagerScript.task("hold-lock", lock, ready));
            child.start();
            boolean[] got = new boolean[1];
            Thread waiter = new Thread(() -> {
                try {
                    got[0] = lock.acquire(LIMIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                assertTrue(ready.await(LIMIT), "the child did not take the lock");
                waiter.start();
            } finally {
                child.kill();
                assertTrue(child.join(LIMIT));
            }
            waiter.join(LIMIT.toMillis());
            assertTrue(got[0], "the waiting thread did not get the lock");
            assertTrue(lock.wasRecovered());
            lock.release();
        }
    }
}
