package dev.jmp.cluster.objects;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.manager.core.ProxyCore;

/**
 * Another endpoint of the cluster a test's manager uses, standing for another JVM: a client of its
 * own with a space of its own, through which a test reaches the manager's objects as a process
 * handed their proxies would. Ending it ({@link #die}) is, to the members, that JVM's death.
 */
final class OtherJvm implements AutoCloseable {

    final HazelcastInstance client;
    final ObjectSpace space;

    private OtherJvm(HazelcastInstance client, ObjectSpace space) {
        this.client = client;
        this.space = space;
    }

    /** Connects to the cluster whose space {@code driver} is. */
    static OtherJvm of(ObjectSpace driver) {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(
                HazelcastConfigs.objectsClient(driver.clusterName, driver.addresses));
        return new OtherJvm(client, new ObjectSpace(client, driver.clusterName, driver.addresses, driver.api));
    }

    /** The driver's space, of the manager's cluster named by the test cluster's system property. */
    static ObjectSpace driver() {
        return ObjectSpaces.of(System.getProperty("jmp.cluster.name"));
    }

    /** The object of {@code proxy} (a proxy of the driver's manager), as this endpoint reaches it. */
    ClusterCore reach(Object proxy) {
        ProxyCore core = space.api.coreOf(proxy);
        ClusterCore c = (ClusterCore) core;
        return new ClusterCore(space, c.typeId, c.key, new ClusterObjects(space));
    }

    /** Ends this endpoint at once, as a JVM killed: its members see its connections close. */
    void die() {
        client.getLifecycleService().terminate();
    }

    @Override
    public void close() {
        if (client.getLifecycleService().isRunning()) {
            client.shutdown();
        }
    }

    /** Whether every member of this JVM takes {@code endpoint} for gone, as a step's liveness check does. */
    static boolean goneToEveryMember(String endpoint) {
        return Hazelcast.getAllHazelcastInstances().stream()
                .allMatch(m -> ClientPresence.of(m).gone().contains(endpoint));
    }
}
