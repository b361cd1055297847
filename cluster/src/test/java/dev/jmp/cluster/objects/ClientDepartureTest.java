package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.impl.ClientEngine;
import com.hazelcast.client.impl.ClientSelectors;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import dev.jmp.base.Deadline;
import dev.jmp.cluster.ClusterManagerExtension;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.LockProxy;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.EventMethods;
import dev.jmp.manager.core.LockMethods;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client is gone when no member has it, not when one member loses it: a live client cut off
 * from the oldest member alone keeps its unnamed objects and its lock, and one that ends without
 * closing its manager has its unnamed objects freed and its named ones kept. Three members in
 * this JVM; the other clients are {@link OtherJvm}s.
 */
class ClientDepartureTest {

    static final Duration LIMIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final ClusterManagerExtension cluster = new ClusterManagerExtension();

    @Test
    void aClientCutOffFromTheOldestMemberAloneKeepsItsUnnamedObjectsAndItsLock() throws Exception {
        ObjectSpace driver = OtherJvm.driver();
        HazelcastInstance oldest = oldest();
        LockProxy lock = lockHeldBy(oldest);
        DictProxy<String, Integer> dict = cluster.manager().dict();
        dict.put("a", 1);
        String lockKey = keyOf(lock);
        String dictKey = keyOf(dict);
        assertTrue(lock.tryAcquire(), "the driver holds the lock");
        String self = driver.endpoint;
        assertTrue(until(() -> Hazelcast.getAllHazelcastInstances().stream()
                .allMatch(m -> connected(m).contains(self))), "the driver is connected to every member");
        ClientEngine engine = ((HazelcastInstanceProxy) oldest).getOriginal().node.getClientEngine();
        // the oldest member closes its connection to the driver and refuses it until told otherwise
        engine.applySelector(client -> !client.getUuid().toString().equals(self));
        try {
            assertTrue(until(() -> !connected(oldest).contains(self)), "the oldest member lost the driver");
            assertTrue(Hazelcast.getAllHazelcastInstances().stream().filter(m -> m != oldest)
                    .allMatch(m -> connected(m).contains(self)), "the others still have it");
            // a client that does leave, after the cut: once its object is freed, the driver's would have been
            try (OtherJvm leaving = OtherJvm.of(driver)) {
                ClusterCore left = (ClusterCore) new ClusterObjects(leaving.space).create(EventMethods.TABLE);
                leaving.die();
                assertTrue(until(() -> !driver.owned.containsKey(left.key)),
                        "the client that left had its object freed");
            }
            assertTrue(driver.owned.containsKey(lockKey) && driver.owned.containsKey(dictKey),
                    "the driver's unnamed objects are kept");
            try (OtherJvm other = OtherJvm.of(driver)) {
                Acquisition a = other.reach(lock).call(LockMethods.ACQUIRE, TimeUnit.MILLISECONDS.toNanos(500));
                assertFalse(a.success(), "another client finds the lock held, not its holder gone: " + a);
            }
        } finally {
            engine.applySelector(ClientSelectors.any());
        }
        assertTrue(until(() -> connected(oldest).contains(self)), "the driver connects to the oldest member again");
        assertEquals(Integer.valueOf(1), dict.get("a"), "its dict works");
        lock.release();
        try (OtherJvm other = OtherJvm.of(driver)) {
            Acquisition a = other.reach(lock).call(LockMethods.ACQUIRE, TimeUnit.SECONDS.toNanos(30));
            assertEquals(Acquisition.TAKEN, a, "released by its holder, the lock is taken, not recovered");
            other.reach(lock).call(LockMethods.RELEASE);
        }
    }

    @Test
    void aClientThatEndsWithoutClosingItsManagerHasItsUnnamedObjectsFreedAndItsNamedOnesKept() throws Exception {
        ObjectSpace driver = OtherJvm.driver();
        String name = "kept-" + UUID.randomUUID();
        ClusterCore unnamed;
        ClusterCore named;
        try (OtherJvm leaving = OtherJvm.of(driver)) {
            ClusterObjects theirs = new ClusterObjects(leaving.space);
            unnamed = (ClusterCore) theirs.create(EventMethods.TABLE);
            named = (ClusterCore) theirs.named(name, EventMethods.TABLE);
            named.call(EventMethods.SET);
            assertTrue(driver.owned.containsKey(unnamed.key), "its unnamed object is recorded as its own");
            leaving.die();
        }
        assertTrue(until(() -> !driver.owned.containsKey(unnamed.key)), "its unnamed object is freed");
        assertFalse(driver.state.containsKey(unnamed.key), "with its state");
        assertTrue(driver.state.containsKey(named.key), "its named one stays");
        assertTrue(cluster.manager().event(name).isSet(), "and is found by name, as it was left");
    }

    /** An unnamed lock of the driver whose entry the member {@code owner} holds, so that its steps run there. */
    private static LockProxy lockHeldBy(HazelcastInstance owner) {
        UUID id = owner.getCluster().getLocalMember().getUuid();
        for (int i = 0; i < 200; i++) {
            LockProxy lock = cluster.manager().lock();
            if (owner.getPartitionService().getPartition(keyOf(lock)).getOwner().getUuid().equals(id)) {
                return lock;
            }
        }
        throw new AssertionError("no lock of 200 had its entry on " + owner);
    }

    private static HazelcastInstance oldest() {
        HazelcastInstance oldest = Hazelcast.getAllHazelcastInstances().stream()
                .filter(m -> m.getCluster().getMembers().iterator().next().localMember()).findFirst().orElse(null);
        assertNotNull(oldest, "one member is the oldest");
        return oldest;
    }

    private static Set<String> connected(HazelcastInstance member) {
        return member.getClientService().getConnectedClients().stream().map(c -> c.getUuid().toString())
                .collect(Collectors.toSet());
    }

    private static String keyOf(Object proxy) {
        return ((ClusterCore) OtherJvm.driver().api.coreOf(proxy)).key;
    }

    private static boolean until(BooleanSupplier condition) throws InterruptedException {
        return Deadline.await(LIMIT, condition);
    }
}
