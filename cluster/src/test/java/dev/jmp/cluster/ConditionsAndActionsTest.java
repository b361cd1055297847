package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.manager.BarrierProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.RLockProxy;
import dev.jmp.manager.SyncManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A barrier's action on a cluster, run by the party that arrives last before any party is
 * released; and the conditions a cluster refuses, with what to use instead.
 */
class ConditionsAndActionsTest {

    static SyncManager manager;
    static ExecutorService threads;

    @BeforeAll
    static void start() {
        manager = ClusterManagers.start();
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        ClusterManagers.stop(manager);
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
    void aConditionOnAnRLockIsRefusedSayingWhatToUse() {
        RLockProxy lock = manager.rLock();
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> manager.condition(lock));
        assertTrue(e.getMessage().startsWith("[jmp.cluster.condition-lock]"), e.getMessage());
        assertTrue(e.getMessage().contains("condition()"), e.getMessage());
    }

    @Test
    void aConditionOnALockOfAnotherManagerIsRefused() {
        try (SyncManager local = Manager.start()) {
            var foreign = local.lock();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> manager.condition(foreign));
            assertTrue(e.getMessage().startsWith("[jmp.cluster.condition-lock]"), e.getMessage());
        }
    }

    @Test
    void aBarriersActionRunsOnceInTheLastPartyBeforeAnyIsReleased() throws Exception {
        int parties = 3;
        BarrierProxy barrier = manager.barrier(parties, ActionsTasks.note(), null);
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
        BarrierProxy barrier = manager.barrier(2, WorkTasks.fail("the action failed"), null);
        CompletableFuture<Integer> first = async(() -> barrier.await(Duration.ofSeconds(60)));
        assertTrue(Await.until(() -> barrier.numberWaiting() == 1), "the first party waits");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, barrier::await);
        assertEquals("the action failed", e.getMessage());
        ExecutionException other = assertThrows(ExecutionException.class, () -> first.get(60, TimeUnit.SECONDS));
        assertInstanceOf(BrokenBarrierException.class, other.getCause(), other.toString());
        assertTrue(barrier.isBroken());
    }
}
