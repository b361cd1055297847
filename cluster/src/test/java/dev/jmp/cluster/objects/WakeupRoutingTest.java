package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.cluster.ClusterManagerExtension;
import dev.jmp.manager.EventProxy;
import dev.jmp.manager.core.EventMethods;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A state change sends an event only to the JVMs that wait on its object: counted per JVM (the
 * driver's space and a second client's, {@link OtherJvm}). Events of one partition arrive in
 * order, so a marker written after the changes, in the same partition, tells when every event the
 * changes sent has arrived.
 */
class WakeupRoutingTest {

    static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(60);

    @RegisterExtension
    static final ClusterManagerExtension cluster = new ClusterManagerExtension();

    @Test
    void aChangeSendsNoEventToAJvmWithNoWaiterOnItsObject() throws Exception {
        EventProxy watched = cluster.manager().event();
        EventProxy quiet = cluster.manager().event();
        ObjectSpace driver = OtherJvm.driver();
        String watchedKey = ((ClusterCore) driver.api.coreOf(watched)).key;
        String quietKey = ((ClusterCore) driver.api.coreOf(quiet)).key;
        try (OtherJvm other = OtherJvm.of(driver)) {
            ClusterCore theirs = other.reach(watched);
            CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(() -> {
                try {
                    return theirs.callInterruptibly(EventMethods.AWAIT, LIMIT_NANOS);
                } catch (InterruptedException e) {
                    return e;
                }
            });
            assertTrue(until(() -> other.space.followed.follows(watchedKey)), "the other JVM waits on one event");

            long[] before = {driver.followed.events(), other.space.followed.events()};
            for (int i = 0; i < 10; i++) {
                quiet.set();
                quiet.clear();
            }
            String marker = marker(driver, quietKey, 0);
            long[] after = eventsUntilMarker(marker, driver, other.space);
            assertEquals(2, after[0] - before[0], "the driver, which waits on nothing, got the marker's events only");
            assertEquals(2, after[1] - before[1], "so did the other JVM, which waits on another object");

            watched.set();
            assertEquals(true, waiter.get(60, TimeUnit.SECONDS), "the waiter was woken");
            assertTrue(until(() -> !other.space.followed.follows(watchedKey)),
                    "the other JVM stops listening once nothing of it waits there");
            before = new long[] {driver.followed.events(), other.space.followed.events()};
            watched.clear();
            String second = marker(driver, watchedKey, 1);
            after = eventsUntilMarker(second, driver, other.space);
            assertEquals(2, after[1] - before[1], "no event of the object it no longer waits on");
        }
    }

    /** A key of the state map in the partition of {@code key}, followed by both JVMs. */
    private static String marker(ObjectSpace driver, String key, int n) {
        var partitions = driver.hazelcast.getPartitionService();
        int partition = partitions.getPartition(key).getPartitionId();
        for (int i = 0; ; i++) {
            String candidate = "marker-" + n + "-" + i;
            if (partitions.getPartition(candidate).getPartitionId() == partition) {
                return candidate;
            }
        }
    }

    /**
     * Writes and deletes {@code marker} once both spaces follow it, and waits until both got both
     * events (two more than the changes before it sent them); the driver's and the other's counts after.
     */
    private static long[] eventsUntilMarker(String marker, ObjectSpace driver, ObjectSpace other)
            throws InterruptedException {
        driver.followed.follow(marker);
        other.followed.follow(marker);
        try {
            for (Runnable change : new Runnable[] {() -> driver.state.set(marker, new byte[0]),
                    () -> driver.state.delete(marker)}) {
                long seenDriver = driver.wakeups.version(marker);
                long seenOther = other.wakeups.version(marker);
                change.run();
                assertTrue(until(() -> driver.wakeups.version(marker) != seenDriver
                        && other.wakeups.version(marker) != seenOther), "the marker's event arrived in both JVMs");
            }
            return new long[] {driver.followed.events(), other.followed.events()};
        } finally {
            driver.followed.unfollow(marker);
            other.followed.unfollow(marker);
        }
    }

    private static boolean until(BooleanSupplier condition) throws InterruptedException {
        return Deadline.await(Duration.ofNanos(LIMIT_NANOS), condition);
    }
}
