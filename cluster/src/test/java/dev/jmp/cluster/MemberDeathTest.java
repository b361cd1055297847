package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.StartMethod;
import dev.jmp.pool.Pool;
import dev.jmp.pool.ResultIterator;
import dev.jmp.pool.WorkerDiedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member that dies mid-run, on three members offering two workers each: its in-flight tasks
 * fail naming it, or with retries run again on the others; the queue finishes on the others; a
 * process it ran is taken for killed. Each test ends one member, and needs one to survive.
 */
class MemberDeathTest {

    private static final int TASKS = 40;

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
        System.clearProperty("jmp.cluster.retries");
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aMemberThatDiesFailsOnlyWhatItHeldNamingItselfAndTheRestFinishesOnTheOthers() throws Exception {
        Path started = Files.createDirectories(dir.resolve("started-lost"));
        Path release = dir.resolve("release-lost");
        Process process = context.process(WorkTasks.awaitRelease(dir.resolve("process").toString(), "never"));
        process.start();
        String victim = process.host();
        try (Pool pool = new Pool(6, null, 0, context)) {
            ResultIterator<String> results = pool.imap(i -> WorkTasks.awaitRelease(started.resolve(i).toString(),
                    release.toString()), names(), 1);
            assertTrue(Await.until(() -> count(started) == 6), "six workers, each running one task");
            List<String> startedOnVictim = startedOn(started, victim);
            assertEquals(2, startedOnVictim.size(), "two workers on each member");
            cluster.member(victim).terminate();
            Files.writeString(release, "");

            List<String> failed = new ArrayList<>();
            for (String name : names()) {
                try {
                    String where = results.next(Await.LIMIT);
                    assertNotEquals(victim, where.split(" ")[0], "task " + name + " finished on the dead member");
                } catch (RuntimeException e) {
                    WorkerDiedException died = assertInstanceOf(WorkerDiedException.class,
                            e instanceof WorkerDiedException ? e : e.getCause(), e.toString());
                    assertTrue(died.getMessage().startsWith("[jmp.cluster.member-died] " + victim + " left the cluster; "),
                            died.getMessage());
                    failed.add(name);
                }
            }
            assertTrue(failed.containsAll(startedOnVictim), "the tasks running there failed: " + failed);
            assertTrue(failed.size() <= 4, "no more than its two workers held, two batches of one each: " + failed);
        }
        assertTrue(process.join(Await.LIMIT));
        assertEquals(OptionalInt.of(-9), process.exitCode(), "a process of a dead member is taken for killed");
    }

    @Test
    void withRetriesWhatADeadMemberHeldRunsAgainOnTheOthers() throws Exception {
        Path started = Files.createDirectories(dir.resolve("started-retried"));
        Path release = dir.resolve("release-retried");
        System.setProperty("jmp.cluster.retries", "1");
        try (Pool pool = new Pool(4, null, 0, context)) {
            ResultIterator<String> results = pool.imap(i -> WorkTasks.awaitRelease(started.resolve(i).toString(),
                    release.toString()), names(), 1);
            assertTrue(Await.until(() -> count(started) == 4), "four workers, each running one task");
            String victim = Files.readString(started.resolve("0")).split(" ")[0];
            List<String> startedOnVictim = startedOn(started, victim);
            assertFalse(startedOnVictim.isEmpty());
            cluster.member(victim).terminate();
            Files.writeString(release, "");
            for (String name : names()) {
                assertNotEquals(victim, results.next(Await.LIMIT).split(" ")[0], "task " + name);
            }
            for (String name : startedOnVictim) {
                assertNotEquals(victim, Files.readString(started.resolve(name)).split(" ")[0],
                        "task " + name + " of the dead member ran again elsewhere");
            }
        } finally {
            System.clearProperty("jmp.cluster.retries");
        }
    }

    private static List<String> names() {
        return IntStream.range(0, TASKS).mapToObj(Integer::toString).toList();
    }

    private static long count(Path started) {
        try (Stream<Path> files = Files.list(started)) {
            return files.filter(f -> !f.toString().endsWith(".tmp")).count(); // one being written
        } catch (IOException e) {
            return -1;
        }
    }

    /** The tasks whose last start was on {@code member}. */
    private static List<String> startedOn(Path started, String member) throws IOException {
        List<String> on = new ArrayList<>();
        try (Stream<Path> files = Files.list(started)) {
            for (Path f : files.filter(f -> !f.toString().endsWith(".tmp")).toList()) {
                if (Files.readString(f).startsWith(member + " ")) {
                    on.add(f.getFileName().toString());
                }
            }
        }
        return on;
    }
}
