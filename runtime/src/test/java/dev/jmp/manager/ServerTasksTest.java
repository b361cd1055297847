package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Tasks the manager's server runs itself, as Python runs a manager's callables in its server process. */
@ExtendWith(NoLeftovers.class)
class ServerTasksTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** The pid of the server JVM of {@code manager}. */
    private static long serverPid(BaseManager manager) {
        return ProcessHandle.current().children()
                .filter(h -> h.info().commandLine().orElse("").contains("-Djmp.child=" + manager.name() + " "))
                .findFirst().orElseThrow().pid();
    }

    /** A party on a thread of its own: the common pool may run one task at a time. */
    private static CompletableFuture<Object> party(BarrierProxy barrier, Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                int index = barrier.await(LIMIT);
                return index + ":" + (Files.exists(file) ? Files.readAllLines(file) : List.of());
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, task -> new Thread(task, "barrier party").start());
    }

    /**
     * Python: {@code m.Barrier(2, action=f)} runs {@code f} in the server process, once per
     * round, when the last party arrives and before any party is released.
     */
    @Test
    void aBarriersActionRunsInTheServerBeforeThePartiesAreReleased() throws Exception {
        Path file = dir.resolve("released");
        try (SyncManager manager = Manager.start()) {
            BarrierProxy barrier = manager.barrier(2, RecordEntry.record(file, "released"), null);
            String line = "released " + serverPid(manager);
            CompletableFuture<Object> first = party(barrier, file);
            CompletableFuture<Object> second = party(barrier, file);
            List<Object> seen = List.of(first.get(LIMIT.toSeconds(), TimeUnit.SECONDS),
                    second.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(seen.contains("0:[" + line + "]") && seen.contains("1:[" + line + "]"),
                    "every party saw the action's line when it was released: " + seen);
            assertEquals(List.of(line), Files.readAllLines(file), "once per round");
        }
    }

    /**
     * Python: an action that raises breaks the barrier; the party that ran it gets the exception,
     * the others {@code BrokenBarrierError}.
     */
    @Test
    void aBarriersFailingActionBreaksIt() throws Exception {
        try (SyncManager manager = Manager.start()) {
            BarrierProxy barrier = manager.barrier(2, RecordEntry.fail("the action failed"), null);
            CompletableFuture<Object> first = party(barrier, dir.resolve("none"));
            CompletableFuture<Object> second = party(barrier, dir.resolve("none"));
            Throwable a = cause(first);
            Throwable b = cause(second);
            Throwable actions = a instanceof IllegalStateException ? a : b;
            Throwable broken = actions == a ? b : a;
            assertInstanceOf(IllegalStateException.class, actions);
            assertEquals("the action failed", actions.getMessage());
            assertInstanceOf(BrokenBarrierException.class, broken);
            assertTrue(barrier.isBroken());
        }
    }

    private static Throwable cause(CompletableFuture<Object> party) throws Exception {
        try {
            party.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("the party was released");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /**
     * Python: {@code manager.start(initializer, initargs)} runs the initializer in the server
     * process, before it serves any client.
     */
    @Test
    void theInitializerRunsInTheServerBeforeItServes() throws Exception {
        Path file = dir.resolve("initialized");
        try (SyncManager manager = new SyncManager().start(RecordEntry.record(file, "initialized"))) {
            assertTrue(Files.exists(file), "the initializer ran before start() returned");
            assertEquals(List.of("initialized " + serverPid(manager)), Files.readAllLines(file));
            DictProxy<String, String> served = manager.dict();
            served.put("after", "initializer");
            assertEquals("initializer", served.get("after"));
        }
    }

    @Test
    void anInitializerThatThrowsFailsTheStart() {
        SyncManager manager = new SyncManager();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> manager.start(RecordEntry.fail("no initialization")));
        assertTrue(e.getMessage().startsWith("[jmp.manager.start-failed]"), e.getMessage());
    }
}
