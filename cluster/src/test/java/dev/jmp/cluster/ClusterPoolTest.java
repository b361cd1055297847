package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.pool.Pool;
import dev.jmp.pool.TaskFailedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same pool, executor and process code as on one machine, on three members in this JVM, whose
 * worker JVMs are this JVM's grandchildren... of its members' making.
 */
class ClusterPoolTest {

    @TempDir
    static Path dir;

    static TestCluster cluster;
    static Context context;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(3, 2, dir);
        context = Multiprocessing.getContext(StartMethod.CLUSTER);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aMapSpreadsOverTheMembersAndItsResultsComeBackInOrder() throws Exception {
        List<Integer> xs = IntStream.range(0, 500).boxed().toList();
        List<String> results;
        try (Pool pool = new Pool(3, null, 0, context)) {
            results = pool.map(WorkTasks::whereSquare, xs, 10);
        }
        Set<String> members = new HashSet<>();
        List<Integer> squares = new ArrayList<>();
        for (String r : results) {
            String[] f = r.split(" ");
            members.add(f[0]);
            squares.add(Integer.parseInt(f[2]));
        }
        assertEquals(xs.stream().map(x -> x * x).toList(), squares);
        assertEquals(3, members.size(), "three workers, one on each member: " + members);
    }

    @Test
    void applyReturnsAndAFailureComesBackAsTheTasksException() throws Exception {
        try (Pool pool = new Pool(2, null, 0, context)) {
            assertEquals(49, pool.apply(WorkTasks.square(7)));
            TaskFailedException e = assertThrows(TaskFailedException.class, () -> pool.apply(WorkTasks.fail("boom")));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals("boom", e.getCause().getMessage());
        }
    }
}
