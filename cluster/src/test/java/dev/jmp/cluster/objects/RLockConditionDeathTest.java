package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.cluster.ClusterManagerExtension;
import dev.jmp.manager.ConditionProxy;
import dev.jmp.manager.RLockProxy;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.Shape;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A condition on a cluster's reentrant lock whose waiter's JVM dies while it waits: the lock is
 * free (the waiter let go of it to wait), and a signal is not spent on the dead waiter but wakes
 * the next live one, once the members take the dead JVM for gone (no member has had it for the
 * grace period). The dead JVM is a second client ({@link OtherJvm}), ended at once.
 */
class RLockConditionDeathTest {

    static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(60);

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

    @Test
    void aSignalSkipsAWaiterWhoseJvmDiedAndWakesTheNextOne() throws Exception {
        RLockProxy lock = cluster.manager().rLock();
        ConditionProxy condition = cluster.manager().condition(lock);
        ObjectSpace driver = OtherJvm.driver();
        String key = ((ClusterCore) driver.api.coreOf(condition)).key;
        try (OtherJvm other = OtherJvm.of(driver)) {
            ClusterCore theirs = other.reach(condition);
            CompletableFuture<Object> dead = CompletableFuture.supplyAsync(() -> {
                try {
                    theirs.call(ConditionMethods.ACQUIRE, Shape.FOREVER);
                    theirs.call(ConditionMethods.ACQUIRE, Shape.FOREVER);
                    return theirs.callInterruptibly(ConditionMethods.AWAIT, LIMIT_NANOS);
                } catch (Throwable e) {
                    return e; // its client ended under it
                }
            }, threads);
            assertTrue(until(() -> other.space.waiting(key) == 1), "the other JVM's thread waits, first");
            CompletableFuture<List<Object>> live = CompletableFuture.supplyAsync(() -> {
                lock.acquire();
                try {
                    return List.of(condition.await(Duration.ofSeconds(60)), lock.getHoldCount());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    lock.release();
                }
            }, threads);
            assertTrue(until(() -> driver.waiting(key) == 1), "then a thread of this JVM");
            String gone = other.space.endpoint;
            other.die();
            assertTrue(until(() -> OtherJvm.goneToEveryMember(gone)), "the members saw it go, for good");
            assertTrue(lock.acquire(Duration.ofSeconds(60)), "the dead waiter holds nothing");
            condition.signal();
            lock.release();
            assertEquals(List.of(true, 1), live.get(60, TimeUnit.SECONDS), "the live waiter got the signal");
            assertFalse(dead.get(60, TimeUnit.SECONDS) instanceof Acquisition, "the dead waiter never returned");
        }
        assertFalse(lock.isLocked());
    }

    private static boolean until(BooleanSupplier condition) throws InterruptedException {
        return Deadline.await(Duration.ofNanos(LIMIT_NANOS), condition);
    }
}
