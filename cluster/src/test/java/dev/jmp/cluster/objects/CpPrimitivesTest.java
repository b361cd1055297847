package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jmp.cluster.ClusterManagerExtension;
import dev.jmp.manager.ConditionProxy;
import dev.jmp.manager.RLockProxy;
import dev.jmp.manager.SemaphoreProxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reentrant locks and unbounded semaphores held by the CP subsystem (FencedLock, ISemaphore), with
 * the same behaviour as the state machines'. <b>Runs only when a license is configured</b>: the
 * system property {@value #LICENSE} holds a Hazelcast Enterprise license that enables CP, and the
 * test class path has the {@code hazelcast-enterprise} jar in place of {@code hazelcast}; the
 * members are then started with three CP members (Hazelcast's {@code hz.*} configuration
 * overrides), and jmp's own configuration makes {@code jmp.semaphore.*} JDK-compatible. Without a
 * license it is skipped, and {@link CpDetectionTest} runs instead.
 */
class CpPrimitivesTest {

    static final String LICENSE = "jmp.test.hazelcastLicense";

    @RegisterExtension
    static final ClusterManagerExtension cluster = new ClusterManagerExtension(() -> {
        assumeTrue(licensed(), "no Hazelcast Enterprise license in -D" + LICENSE + ": the CP subsystem is not tested");
        System.setProperty("hazelcast.enterprise.license.key", System.getProperty(LICENSE));
        System.setProperty("hz.cp-subsystem.cp-member-count", "3");
    });

    /** Whether a license is configured, so that this test runs. */
    static boolean licensed() {
        String license = System.getProperty(LICENSE);
        return license != null && !license.isBlank();
    }

    @Test
    void theCpSubsystemIsFoundAndHoldsReentrantLocksAndSemaphores() {
        ObjectSpace space = OtherJvm.driver();
        assertTrue(space.cp.available(), space.cp::toString);
        ClusterCore rLock = (ClusterCore) space.api.coreOf(cluster.manager().rLock());
        assertTrue(((ClusterObjects) rLock.manager()).usesCpSubsystem());
        assertInstanceOf(CpRLockKind.class, Kinds.of(rLock.typeId, rLock.key));
        ClusterCore semaphore = (ClusterCore) space.api.coreOf(cluster.manager().semaphore(1));
        assertInstanceOf(CpSemaphoreKind.class, Kinds.of(semaphore.typeId, semaphore.key));
        ClusterCore bounded = (ClusterCore) space.api.coreOf(cluster.manager().boundedSemaphore(1));
        assertInstanceOf(MachineKind.class, Kinds.of(bounded.typeId, bounded.key));
    }

    @Test
    void aReentrantLockCountsItsHoldsAndExcludesOtherThreads() throws Exception {
        RLockProxy lock = cluster.manager().rLock();
        lock.acquire();
        lock.acquire();
        assertEquals(2, lock.getHoldCount());
        assertFalse(CompletableFuture.supplyAsync(() -> {
            try {
                return lock.acquire(Duration.ofMillis(100));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(60, TimeUnit.SECONDS), "another thread cannot take it");
        assertThrows(Exception.class, () -> CompletableFuture.runAsync(lock::release).join(),
                "nor release it");
        lock.release();
        lock.release();
        assertFalse(lock.isLocked());
    }

    @Test
    void aConditionOnItLetsGoOfEveryHoldAndTakesThemBack() throws Exception {
        RLockProxy lock = cluster.manager().rLock();
        ConditionProxy condition = cluster.manager().condition(lock);
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<List<Object>> waiter = CompletableFuture.supplyAsync(() -> {
            lock.acquire();
            lock.acquire();
            holding.countDown();
            try {
                return List.of(condition.await(Duration.ofSeconds(60)), lock.getHoldCount());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.release();
                lock.release();
            }
        });
        assertTrue(holding.await(60, TimeUnit.SECONDS));
        assertTrue(lock.acquire(Duration.ofSeconds(60)), "the waiter let go of both holds");
        condition.signal();
        lock.release();
        assertEquals(List.of(true, 2), waiter.get(60, TimeUnit.SECONDS));
    }

    @Test
    void aSemaphoreIsReleasedByAnyCallerAndAboveItsValue() throws Exception {
        SemaphoreProxy semaphore = cluster.manager().semaphore(1);
        assertTrue(semaphore.acquire(Duration.ofSeconds(60)));
        assertFalse(semaphore.acquire(Duration.ofMillis(50)), "no permit left");
        CompletableFuture.runAsync(semaphore::release).get(60, TimeUnit.SECONDS);
        semaphore.release();
        assertEquals(2, semaphore.availablePermits());
    }
}
