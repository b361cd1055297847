package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.manager.BarrierProxy;
import dev.jmp.manager.ConditionProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.RLockProxy;
import dev.jmp.manager.SyncManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a cluster serves that Hazelcast has no counterpart for: a condition on a reentrant lock,
 * and a barrier's action, run by the party that arrives last before any party is released.
 */
class ConditionsAndActionsTest {

    @RegisterExtension
    static final ClusterManagerExtension cluster = new ClusterManagerExtension();
    static ExecutorService threads;

    @BeforeAll
    static void start() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    interface Body<T> {
        T run() throws Exception;
    }

    private static <T> CompletableFuture<T> async(Body<T> body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return body.run();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, threads);
    }

    @Test
    void aConditionOnAnRLockLetsGoOfEveryHoldWhileItWaitsAndTakesThemBack() throws Exception {
        RLockProxy lock = cluster.manager().rLock();
        ConditionProxy condition = cluster.manager().condition(lock);
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<List<Object>> waiter = async(() -> {
            lock.acquire();
            lock.acquire();
            holding.countDown();
            boolean signalled = condition.await(Duration.ofSeconds(60));
            List<Object> after = List.of(signalled, lock.getHoldCount());
            lock.release();
            lock.release();
            return after;
        });
        // taken before the waiter held it, the lock would be released before the waiter waits, and the
        // signal sent to nobody: the waiter must hold it first
        assertTrue(holding.await(60, TimeUnit.SECONDS), "the waiter holds the lock twice");
        // the waiter holds the lock twice until it waits: taking it here means it let go of both
        assertTrue(lock.acquire(Duration.ofSeconds(60)), "the waiter let go of the lock");
        condition.signal();
        assertFalse(waiter.isDone(), "the waiter takes the lock back only once it is free");
        lock.release();
        assertEquals(List.of(true, 2), waiter.get(60, TimeUnit.SECONDS), "signalled, with both holds back");
        assertFalse(lock.isLocked());
    }

    @Test
    void aConditionOnAnRLockNeedsItsLockToWaitOrSignal() throws Exception {
        RLockProxy lock = cluster.manager().rLock();
        ConditionProxy condition = cluster.manager().condition(lock);
        assertThrows(IllegalMonitorStateException.class, condition::signal);
        assertThrows(IllegalMonitorStateException.class, () -> condition.await(Duration.ofMillis(1)));
        lock.acquire();
        assertFalse(condition.await(Duration.ofMillis(50)), "no signal: the wait times out");
        assertEquals(1, lock.getHoldCount(), "and the lock is held again");
        lock.release();
    }

    @Test
    void aConditionOnALockOfAnotherManagerIsRefused() {
        try (SyncManager local = Manager.start()) {
            var foreign = local.lock();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> cluster.manager().condition(foreign));
            assertTrue(e.getMessage().startsWith("[jmp.cluster.condition-lock]"), e.getMessage());
        }
    }

    @Test
    void aBarriersActionRunsOnceInTheLastPartyBeforeAnyIsReleased() throws Exception {
        int parties = 3;
        BarrierProxy barrier = cluster.manager().barrier(parties, ActionsTasks.note(), null);
        List<CompletableFuture<Integer>> awaits = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            awaits.add(async(() -> {
                int index = barrier.await(Duration.ofSeconds(60));
                Actions.RELEASED.incrementAndGet();
                return index;
            }));
        }
        List<Integer> indexes = new ArrayList<>();
        for (CompletableFuture<Integer> f : awaits) {
            indexes.add(f.get(60, TimeUnit.SECONDS));
        }
        indexes.sort(null);
        assertEquals(List.of(0, 1, 2), indexes);
        assertEquals(List.of(0), Actions.SEEN, "the action ran once, before any party returned");
        assertFalse(barrier.isBroken());
    }

    @Test
    void aBarriersActionThatThrowsBreaksItTheLastPartyGetsTheException() throws Exception {
        BarrierProxy barrier = cluster.manager().barrier(2, WorkTasks.fail("the action failed"), null);
        CompletableFuture<Integer> first = async(() -> barrier.await(Duration.ofSeconds(60)));
        assertTrue(Await.until(() -> barrier.numberWaiting() == 1), "the first party waits");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, barrier::await);
        assertEquals("the action failed", e.getMessage());
        ExecutionException other = assertThrows(ExecutionException.class, () -> first.get(60, TimeUnit.SECONDS));
        assertInstanceOf(BrokenBarrierException.class, other.getCause(), other.toString());
        assertTrue(barrier.isBroken());
    }
}
