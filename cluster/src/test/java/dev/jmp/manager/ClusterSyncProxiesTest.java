package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link SyncProxiesTest} against a cluster's manager (the surefire configuration names
 * {@code dev.jmp.cluster.ClusterManagers} as the manager factory): reentrant locks as
 * Hazelcast's map locks, queues and the other primitives as state machines in one map entry each.
 */
class ClusterSyncProxiesTest extends SyncProxiesTest {

    @Test
    void theseTestsRunAgainstTheCluster() {
        assertTrue(ManagerUnderTest.current().address().startsWith("hazelcast:"), ManagerUnderTest.current()::toString);
    }
}
