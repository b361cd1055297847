package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SyncManager;
import dev.jmp.pool.Pool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster manager's proxies passed to tasks that run in the members' worker JVMs: the worker
 * joins the cluster its handle names, and reaches the same objects.
 */
class ProxiesOnMembersTest {

    @TempDir
    static Path dir;

    static TestCluster cluster;
    static Context context;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(3, 1, dir);
        context = Multiprocessing.getContext(StartMethod.CLUSTER);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aTaskOnAMemberTakesFromTheDriversQueueAndWritesIntoItsDict() throws Exception {
        try (SyncManager m = Manager.cluster(context); Pool pool = new Pool(1, null, 0, context)) {
            QueueProxy<Integer> in = m.queue(1);
            DictProxy<String, Integer> out = m.dict();
            var result = pool.applyAsync(ObjectWorkTasks.doubleOne(in, out));
            in.put(21);
            String where = result.get(Duration.ofSeconds(120));
            assertEquals(Map.of(where, 42), out.copy());
        }
    }
}
