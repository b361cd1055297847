package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queue and synchronization proxies, with threads of this JVM as the parties. */
class SyncProxiesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration SHORT = Duration.ofMillis(50);
    private static SyncManager manager;

    @BeforeAll
    static void start() {
        manager = ManagerUnderTest.start();
    }

    @AfterAll
    static void stop() throws Exception {
        ManagerUnderTest.stop(manager);
        new NoLeftovers().afterEach(null);
    }

    private static <T> T within(CompletableFuture<T> future) throws Exception {
        return future.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aQueueIsABlockingQueue() throws Exception {
        QueueProxy<String> q = manager.queue(2);
        assertTrue(q.offer("a"));
        q.put("b");
        assertFalse(q.offer("c"), "full");
        assertFalse(q.offer("c", 10, TimeUnit.MILLISECONDS));
        assertEquals(0, q.remainingCapacity());
        assertEquals(List.of("a", "b"), new ArrayList<>(q));
        assertEquals("a", q.peek());
        assertEquals("a", q.take());
        assertEquals("b", q.poll(1, TimeUnit.SECONDS));
        assertNull(q.poll());
        assertNull(q.poll(10, TimeUnit.MILLISECONDS));
        assertThrows(NullPointerException.class, () -> q.offer(null));
        CompletableFuture<String> taker = CompletableFuture.supplyAsync(() -> {
            try {
                return q.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        q.put("handed over");
        assertEquals("handed over", within(taker));
        q.addAll(List.of("x", "y"));
        assertThrows(IllegalStateException.class, () -> q.add("over capacity"));
        List<String> drained = new ArrayList<>();
        assertEquals(1, q.drainTo(drained, 1));
        assertEquals(List.of("x"), drained);
        assertTrue(q.remove("y"));
        assertTrue(q.isEmpty());
        assertEquals(q, q);
    }

    @Test
    void aJoinableQueueWaitsForEveryTaskDone() throws Exception {
        JoinableQueueProxy<Integer> q = manager.joinableQueue();
        q.put(1);
        q.put(2);
        assertFalse(q.join(SHORT));
        q.take();
        q.taskDone();
        q.take();
        q.taskDone();
        assertTrue(q.join(LIMIT));
        assertThrows(IllegalStateException.class, q::taskDone);
    }

    @Test
    void aLockIsNotReentrantAndAnyoneMayReleaseIt() throws Exception {
        LockProxy lock = manager.lock();
        assertTrue(lock.tryAcquire());
        assertFalse(lock.tryAcquire());
        assertFalse(lock.acquire(SHORT));
        assertTrue(lock.isLocked());
        within(CompletableFuture.runAsync(lock::release));
        assertFalse(lock.isLocked());
        assertThrows(IllegalStateException.class, lock::release);
        try (Acquired held = lock.hold()) {
            assertFalse(within(CompletableFuture.supplyAsync(() -> lock.tryLock())));
        }
        assertTrue(lock.tryLock(1, TimeUnit.SECONDS));
        lock.unlock();
    }

    @Test
    void anRLockBelongsToTheThreadThatHoldsIt() throws Exception {
        RLockProxy lock = manager.rLock();
        try (Acquired outer = lock.hold(); Acquired inner = lock.hold()) {
            assertEquals(2, lock.getHoldCount());
            assertTrue(lock.isHeldByCurrentThread());
            assertFalse(within(CompletableFuture.supplyAsync(() -> lock.tryAcquire())));
            assertThrows(IllegalMonitorStateException.class, () -> {
                try {
                    within(CompletableFuture.runAsync(lock::release));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause();
                }
            });
        }
        assertFalse(lock.isLocked());
        assertEquals(0, lock.getHoldCount());
    }

    @Test
    void semaphoresCountAndABoundedOneRefusesToOverflow() throws Exception {
        SemaphoreProxy s = manager.semaphore(2);
        s.acquire();
        assertTrue(s.tryAcquire());
        assertFalse(s.acquire(SHORT));
        assertEquals(0, s.availablePermits());
        s.release();
        s.release();
        s.release();
        assertEquals(3, s.availablePermits(), "an unbounded semaphore may grow");
        SemaphoreProxy bounded = manager.boundedSemaphore(1);
        try (Acquired slot = bounded.hold()) {
            assertEquals(0, bounded.availablePermits());
        }
        assertThrows(IllegalStateException.class, bounded::release);
    }

    @Test
    void eventsWakeWaiters() throws Exception {
        EventProxy e = manager.event();
        assertFalse(e.await(SHORT));
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return e.await(LIMIT);
            } catch (InterruptedException x) {
                throw new IllegalStateException(x);
            }
        });
        e.set();
        assertTrue(within(waiter));
        assertTrue(e.isSet());
        e.clear();
        assertFalse(e.isSet());
    }

    @Test
    void aConditionLosesNoSignalAndNeedsItsLock() throws Exception {
        ConditionProxy c = manager.condition();
        ValueProxy<Boolean> ready = manager.value(false);
        assertThrows(IllegalMonitorStateException.class, c::signal);
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try (Acquired held = c.hold()) {
                c.awaitFor(ready::get);
                return true;
            } catch (InterruptedException x) {
                throw new IllegalStateException(x);
            }
        });
        try (Acquired held = c.hold()) {
            ready.set(true);
            c.signalAll();
        }
        assertTrue(within(waiter));
        try (Acquired held = c.hold()) {
            assertFalse(c.await(SHORT), "nobody signals: the wait times out");
        }
        LockProxy plain = manager.lock();
        java.util.concurrent.locks.Condition onPlain = plain.newCondition();
        plain.lock();
        try {
            assertFalse(onPlain.await(10, TimeUnit.MILLISECONDS));
        } finally {
            plain.unlock();
        }
    }

    @Test
    void aBarrierReleasesAllPartiesTogetherAndBreaksOnTimeout() throws Exception {
        BarrierProxy b = manager.barrier(2);
        assertEquals(2, b.parties());
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> {
            try {
                return b.await(LIMIT);
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        });
        int mine = b.await(LIMIT);
        assertEquals(1, mine + within(other), "indexes 0 and 1, one each");
        assertThrows(TimeoutException.class, () -> b.await(SHORT));
        assertTrue(b.isBroken());
        assertThrows(BrokenBarrierException.class, b::await);
        b.reset();
        assertFalse(b.isBroken());
        b.abort();
        assertThrows(BrokenBarrierException.class, () -> b.await(SHORT));
    }

    @Test
    void aBlockedTakeEndsWhenItsThreadIsInterruptedAndLosesNoItem() throws Exception {
        QueueProxy<String> q = manager.queue();
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        CompletableFuture<Boolean> interrupted = CompletableFuture.supplyAsync(() -> {
            thread.complete(Thread.currentThread());
            try {
                q.take();
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        });
        Thread taker = within(thread);
        dev.jmp.base.Deadline.await(LIMIT, () -> taker.getState() == Thread.State.RUNNABLE);
        taker.interrupt();
        assertTrue(within(interrupted));
        q.put("kept");
        assertEquals("kept", q.poll(LIMIT.toSeconds(), TimeUnit.SECONDS));
    }
}
