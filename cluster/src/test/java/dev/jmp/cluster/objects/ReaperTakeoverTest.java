package dev.jmp.cluster.objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.jmp.base.Deadline;
import dev.jmp.cluster.ClusterManagerExtension;
import dev.jmp.manager.core.EventMethods;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The oldest member frees the unnamed objects of a client that left; when it dies right after
 * the client, the member that becomes the oldest does it. Three members in this JVM, one of which
 * the test ends; the client that leaves is an {@link OtherJvm}.
 */
class ReaperTakeoverTest {

    @RegisterExtension
    static final ClusterManagerExtension cluster = new ClusterManagerExtension();

    @Test
    void whenTheOldestMemberDiesRightAfterAClientTheNextOldestFreesItsObjects() throws Exception {
        ObjectSpace driver = OtherJvm.driver();
        HazelcastInstance oldest = Hazelcast.getAllHazelcastInstances().stream()
                .filter(m -> m.getCluster().getMembers().iterator().next().localMember()).findFirst().orElseThrow();
        ClusterCore theirs;
        try (OtherJvm leaving = OtherJvm.of(driver)) {
            theirs = (ClusterCore) new ClusterObjects(leaving.space).create(EventMethods.TABLE);
            leaving.die();
        }
        oldest.getLifecycleService().terminate();
        assertTrue(Deadline.await(Duration.ofSeconds(60), () -> !driver.owned.containsKey(theirs.key)),
                "the next oldest member freed the object of the client that left");
        assertTrue(Deadline.await(Duration.ofSeconds(60), () -> !driver.state.containsKey(theirs.key)),
                "with its state");
    }
}
