package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every proxy verb that takes a nullable timeout: null means no limit, as for the shared-memory
 * primitives and Python's {@code timeout=None}; the call waits on the server until what it waits
 * for happens. A barrier's {@code await(null)} waits for the barrier's default, as Python's
 * {@code wait(timeout=None)} does.
 */
class NullTimeoutTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static SyncManager manager;
    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        manager = ManagerUnderTest.start();
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() throws Exception {
        threads.shutdownNow();
        ManagerUnderTest.stop(manager);
        new NoLeftovers().afterEach(null);
    }

    /**
     * Runs {@code call} on another thread, which raises {@code ready} just before the call that
     * waits; checks that it then waits on the server rather than returning, runs {@code unblock},
     * and returns what the call returned.
     */
    private static <T> T waitsUntil(BaseProxy waitedOn, AtomicBoolean ready, Callable<T> call, Runnable unblock)
            throws Exception {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, threads);
        assertTrue(Deadline.await(LIMIT, () -> result.isDone() || ready.get() && manager.callsInProgress(waitedOn) == 1),
                "the call never reached the server");
        assertFalse(result.isDone(), "a null timeout returned at once instead of waiting: " + result);
        unblock.run();
        return result.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static <T> T waitsUntil(BaseProxy waitedOn, Callable<T> call, Runnable unblock) throws Exception {
        return waitsUntil(waitedOn, new AtomicBoolean(true), call, unblock);
    }

    @Test
    void lockAcquire() throws Exception {
        LockProxy lock = manager.lock();
        lock.acquire();
        assertTrue(waitsUntil(lock, () -> lock.acquire(null), lock::release));
        lock.release();
    }

    @Test
    void rLockAcquire() throws Exception {
        RLockProxy lock = manager.rLock();
        lock.acquire();
        AtomicBoolean got = new AtomicBoolean();
        assertTrue(waitsUntil(lock, () -> {
            got.set(lock.acquire(null));
            lock.release();
            return got.get();
        }, lock::release));
    }

    @Test
    void semaphoreAcquire() throws Exception {
        SemaphoreProxy semaphore = manager.semaphore(0);
        assertTrue(waitsUntil(semaphore, () -> semaphore.acquire(null), semaphore::release));
    }

    @Test
    void conditionAcquire() throws Exception {
        ConditionProxy condition = manager.condition();
        condition.acquire();
        assertTrue(waitsUntil(condition, () -> {
            boolean got = condition.acquire(null);
            condition.release();
            return got;
        }, condition::release));
    }

    @Test
    void conditionAwait() throws Exception {
        ConditionProxy condition = manager.condition();
        AtomicBoolean waiting = new AtomicBoolean();
        assertTrue(waitsUntil(condition, waiting, () -> {
            try (Acquired held = condition.hold()) {
                waiting.set(true);
                return condition.await(null);
            }
        }, () -> signal(condition)));
    }

    /** Python: {@code cond.wait_for(predicate, timeout=None)} waits until the predicate holds. */
    @Test
    void conditionAwaitFor() throws Exception {
        ConditionProxy condition = manager.condition();
        AtomicBoolean holds = new AtomicBoolean();
        AtomicBoolean waiting = new AtomicBoolean();
        assertTrue(waitsUntil(condition, waiting, () -> {
            try (Acquired held = condition.hold()) {
                waiting.set(true);
                return condition.awaitFor(holds::get, null);
            }
        }, () -> {
            holds.set(true);
            signal(condition);
        }));
    }

    private static void signal(ConditionProxy condition) {
        try (Acquired held = condition.hold()) {
            condition.signalAll();
        }
    }

    @Test
    void eventAwait() throws Exception {
        EventProxy event = manager.event();
        assertTrue(waitsUntil(event, () -> event.await(null), event::set));
    }

    @Test
    void joinableQueueJoin() throws Exception {
        JoinableQueueProxy<String> queue = manager.joinableQueue();
        queue.put("work");
        assertEquals("work", queue.take());
        assertTrue(waitsUntil(queue, () -> queue.join(null), queue::taskDone));
    }

    @Test
    void barrierAwaitWithoutADefault() throws Exception {
        BarrierProxy barrier = manager.barrier(2, null);
        assertEquals(0, waitsUntil(barrier, () -> barrier.await(null), () -> {
            try {
                assertEquals(1, barrier.await(LIMIT));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
    }

    /** Python: {@code barrier.wait(timeout=None)} waits for the barrier's own timeout. */
    @Test
    void barrierAwaitWaitsForTheBarriersDefault() {
        BarrierProxy barrier = manager.barrier(2, Duration.ofMillis(1));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return barrier.await(null);
                    } catch (Exception x) {
                        throw new CompletionException(x);
                    }
                }, threads).get(LIMIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e.getCause()));
        assertTrue(barrier.isBroken());
    }
}
