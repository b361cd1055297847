package dev.jmp.launch.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spare's warm-up in this JVM: it waits for room on the machine before each round, and a claim
 * stops it at once, its thread gone and its files removed. Its counters are this JVM's, so each
 * test compares them before and after.
 */
class ChildWarmUpTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void withoutRoomOnTheMachineNoRoundRuns(@TempDir Path directory) throws Exception {
        AtomicInteger looks = new AtomicInteger();
        int before = ChildWarmUp.operations();
        ChildWarmUp warmUp = new ChildWarmUp(new HotPaths(directory), () -> {
            looks.incrementAndGet();
            return false;
        });
        warmUp.startThread();
        assertTrue(Deadline.await(LIMIT, () -> looks.get() >= 20), "the warm-up did not look for room");
        assertTrue(warmUp.stop(), "the warm-up's thread did not end");
        assertEquals(before, ChildWarmUp.operations(), "a round ran on a machine without room");
        assertEquals(List.of(), filesIn(directory));
    }

    @Test
    void withoutRoomOnTheMachineThePathsObjectsAreNotMade(@TempDir Path directory) throws Exception {
        AtomicInteger looks = new AtomicInteger();
        int before = ChildWarmUp.operations();
        ChildWarmUp warmUp = new ChildWarmUp(directory, () -> {
            looks.incrementAndGet();
            return false;
        });
        warmUp.startThread();
        assertTrue(Deadline.await(LIMIT, () -> looks.get() >= 20), "the warm-up did not look for room");
        assertTrue(warmUp.stop(), "the warm-up's thread did not end");
        assertTrue(Deadline.await(LIMIT, () -> !warmUp.isRunning()), "the warm-up's thread did not end");
        assertFalse(warmUp.madePaths(), "the paths' objects were made for a round that never ran");
        assertEquals(before, ChildWarmUp.operations(), "a round ran on a machine without room");
        assertEquals(List.of(), filesIn(directory));
    }

    @Test
    void aStopEndsTheWarmUpBetweenTwoOperationsAndLeavesNoFile(@TempDir Path directory) throws Exception {
        int before = ChildWarmUp.operations();
        ChildWarmUp warmUp = new ChildWarmUp(new HotPaths(directory), () -> true);
        warmUp.startThread();
        assertTrue(Deadline.await(LIMIT, () -> ChildWarmUp.operations() > before || ChildWarmUp.finished()),
                "no round ran with room on the machine");
        assertTrue(warmUp.stop(), "the warm-up's thread did not end");
        int after = ChildWarmUp.operations();
        assertTrue(after <= ChildWarmUp.OPERATIONS, after + " operations");
        assertEquals(List.of(), filesIn(directory));
    }

    @Test
    void aStopDuringALookForRoomDoesNotWaitForTheThreadAndNoRoundRunsAfter(@TempDir Path directory) throws Exception {
        CountDownLatch looking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        int before = ChildWarmUp.operations();
        // a look that a stop's interrupt does not cut short: a stop that waited for the thread would wait in vain
        ChildWarmUp warmUp = new ChildWarmUp(new HotPaths(directory), () -> {
            looking.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
        warmUp.startThread();
        assertTrue(looking.await(LIMIT.toSeconds(), TimeUnit.SECONDS), "the warm-up did not look for room");
        assertTrue(warmUp.stop(), "a stop during a look for room reported a warm-up still running");
        assertEquals(1, release.getCount(), "the stop waited for the look to end");
        release.countDown();
        assertTrue(Deadline.await(LIMIT, () -> !warmUp.isRunning()), "the warm-up's thread did not end");
        assertEquals(before, ChildWarmUp.operations(), "a round ran after the stop");
        assertEquals(List.of(), filesIn(directory));
    }

    @Test
    void theModeIsReadFromTheCommandLinesProperty() {
        assertEquals(ChildWarmUp.Mode.WHEN_IDLE, ChildWarmUp.Mode.of(null));
        assertEquals(ChildWarmUp.Mode.WHEN_IDLE, ChildWarmUp.Mode.of("true"));
        assertEquals(ChildWarmUp.Mode.OFF, ChildWarmUp.Mode.of(" FALSE "));
        assertEquals(ChildWarmUp.Mode.ALWAYS, ChildWarmUp.Mode.of("always"));
    }
}
