package dev.jmp.cluster;

import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.it.support.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members of a cluster of its own in the test JVM, on free loopback ports below the ephemeral
 * range ({@link LoopbackPorts}), under a random name and a key of its own, so that test classes
 * never meet each other's members; and this JVM set up as their driver through the
 * {@code jmp.cluster.*} system properties. Surefire runs each test class in a JVM of its own,
 * since a JVM keeps the cluster it first used. Members end with {@code terminate()}, which takes
 * a fraction of a second, and kill what they ran.
 */
final class TestCluster implements AutoCloseable {

    final List<Member> members = new ArrayList<>();
    final Map<String, String> properties = new LinkedHashMap<>();

    private TestCluster() {}

    /** Starts {@code count} members offering {@code workers} worker JVMs each; {@code dir} holds the key. */
    static TestCluster start(int count, int workers, Path dir) throws IOException {
        TestCluster cluster = new TestCluster();
        List<String> addresses = new ArrayList<>();
        for (int port : LoopbackPorts.free(count)) {
            addresses.add("127.0.0.1:" + port);
        }
        Path key = dir.resolve("cluster.key");
        Files.writeString(key, UUID.randomUUID() + "-" + UUID.randomUUID());
        cluster.properties.put("jmp.cluster.name", "test-" + UUID.randomUUID());
        cluster.properties.put("jmp.cluster.members", String.join(",", addresses));
        cluster.properties.put("jmp.cluster.keyFile", key.toString());
        cluster.properties.put("jmp.cluster.workers", Integer.toString(workers));
        cluster.properties.put("jmp.cluster.connectTimeout", "20");
        cluster.properties.forEach(System::setProperty);
        ClusterSettings settings = ClusterSettings.fromSystemProperties();
        try {
            for (String address : addresses) {
                int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
                cluster.members.add(Member.start(settings.withPort(port)));
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Starts a member in the place of {@code dead}, at its address; returns once it has joined. */
    Member replace(Member dead) {
        String address = dead.address();
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        Member fresh = Member.start(ClusterSettings.fromSystemProperties().withPort(port));
        members.set(members.indexOf(dead), fresh);
        return fresh;
    }

    /** The running member that owns the partition of {@code key} (a key of a map of strings). */
    Member owner(String key) {
        Member any = members.stream().filter(m -> m.hazelcast().getLifecycleService().isRunning()).findFirst()
                .orElseThrow();
        var owner = any.hazelcast().getPartitionService().getPartition(key).getOwner();
        return members.stream().filter(m -> m.hazelcast().getLifecycleService().isRunning()
                && m.hazelcast().getCluster().getLocalMember().getUuid().equals(owner.getUuid()))
                .findFirst().orElseThrow();
    }

    /** Whether every partition has its owner and backups again, as after a member's loss is repaired. */
    boolean safe() {
        return members.stream().filter(m -> m.hazelcast().getLifecycleService().isRunning())
                .allMatch(m -> m.hazelcast().getPartitionService().isClusterSafe());
    }

    Member member(String address) {
        return members.stream().filter(m -> m.address().equals(address)).findFirst().orElseThrow();
    }

    /** Ends every member still running, and waits until every process they started has exited. */
    @Override
    public void close() {
        for (Member m : members) {
            if (m.hazelcast().getLifecycleService().isRunning()) {
                m.terminate();
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
