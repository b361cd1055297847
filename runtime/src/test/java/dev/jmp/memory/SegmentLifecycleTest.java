package dev.jmp.memory;

import static dev.jmp.shm.SharedMemoryIsolation.segmentFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.shm.DoubleArray;
import dev.jmp.shm.Handles;
import dev.jmp.shm.IntValue;
import dev.jmp.shm.LongValue;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.sync.ChildMain;
import dev.jmp.sync.Lock;
import dev.jmp.testing.JavaProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class SegmentLifecycleTest {

    @Test
    void smallObjectsShareOneFileThatGoesWithTheLastOfThem() throws Exception {
        List<IntValue> values = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            values.add(IntValue.createRaw(i));
        }
        assertEquals(1, segmentFiles(SharedMemoryIsolation.directory()).size());
        for (int i = 0; i < 999; i++) {
            values.get(i).close();
        }
        assertEquals(1, segmentFiles(SharedMemoryIsolation.directory()).size(), "one object is still open");
        assertEquals(999, values.get(999).get());
        values.get(999).close();
        values.get(999).close();
        assertEquals(List.of(), segmentFiles(SharedMemoryIsolation.directory()));
    }

    @Test
    void aSynchronizedValueAndItsLockShareTheSegment() throws Exception {
        try (IntValue value = IntValue.create(1)) {
            assertTrue(value.isSynchronized());
            assertEquals(1, segmentFiles(SharedMemoryIsolation.directory()).size());
        }
    }

    @Test
    void largeArraysGetASegmentOfTheirOwn() throws Exception {
        try (DoubleArray big = DoubleArray.createRaw(100_000); IntValue small = IntValue.createRaw(0)) {
            assertEquals(2, segmentFiles(SharedMemoryIsolation.directory()).size());
            assertEquals(100_000, big.length());
        }
    }

    @Test
    void attachingTheSameSegmentTwiceMapsItOnce() {
        try (IntValue original = IntValue.createRaw(5);
                IntValue first = Handles.decode(Handles.encode(original), IntValue.class);
                IntValue second = Handles.decode(Handles.encode(original), IntValue.class)) {
            assertEquals(1, SegmentTable.instance().mappedNames().size());
            first.set(6);
            assertEquals(6, second.get());
            assertEquals(6, original.get());
        }
        assertEquals(List.of(), SegmentTable.instance().mappedNames());
    }

    @Test
    void theSweepRemovesSegmentsOfDeadCreatorsOnly() throws Exception {
        JavaProgram exited;
        try (LongValue value = LongValue.createRaw(0)) {
            exited = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "value-add", Handles.encode(value), "1");
            assertEquals(0, exited.awaitExit(Duration.ofSeconds(60)), exited::toString);
        }
        Path dir = SharedMemoryIsolation.directory();
        ProcessIdentity self = ProcessIdentity.current();
        ProcessIdentity parent = ProcessIdentity.of(ProcessHandle.current().parent().orElseThrow().pid()).orElseThrow();
        String deadCreator = "jmp-" + exited.pid() + "-1-1";
        String reusedPid = "jmp-" + self.pid() + "-" + (self.startTicks() + 1) + "-1";
        String deadWaiter = "jmp-waits-" + exited.pid() + "-1";
        String reusedPidWaiter = "jmp-waits-" + self.pid() + "-" + (self.startTicks() + 1);
        String liveCreator = SegmentFiles.name(parent, 1);
        String liveWaiter = "jmp-waits-" + parent.tag();
        List<String> kept = List.of(liveCreator, liveWaiter, "not-a-segment", "jmp-waits-garbage", "jmp-1-2");
        for (String name : List.of(deadCreator, reusedPid, deadWaiter, reusedPidWaiter)) {
            Files.createFile(dir.resolve(name));
        }
        for (String name : kept) {
            Files.createFile(dir.resolve(name));
        }

        List<String> swept = RuntimeDirectories.sweep(dir);

        assertEquals(Set.of(deadCreator, reusedPid, deadWaiter, reusedPidWaiter), Set.copyOf(swept));
        for (String name : kept) {
            assertTrue(Files.exists(dir.resolve(name)), name);
            Files.delete(dir.resolve(name));
        }
    }

    @Test
    void theWaitTableOfAKilledWaiterIsSweptByTheNextRuntimeThatCreatesASegment() throws Exception {
        Path dir = SharedMemoryIsolation.directory();
        JavaProgram waiter;
        try (Lock lock = Lock.create(); IntValue value = IntValue.createRaw(0)) {
            lock.acquire();
            waiter = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "lock-increment", Handles.encode(lock), Handles.encode(value), "1");
            String table = "jmp-waits-" + waiter.pid() + "-";
            assertTrue(Deadline.await(Duration.ofSeconds(60), () -> filesStartingWith(dir, table) == 1),
                    waiter::toString);
            waiter.kill();
            lock.release();
            assertEquals(1, filesStartingWith(dir, table), "the killed waiter could not clean up");

            JavaProgram next = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "create-and-exit");
            assertEquals(0, next.awaitExit(Duration.ofSeconds(60)), next::toString);

            assertEquals(0, filesStartingWith(dir, table), "swept");
            assertEquals(0, value.get());
        }
    }

    private static long filesStartingWith(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aKilledRuntimesSegmentIsSweptByTheNextRuntimeThatCreatesOne() throws Exception {
        JavaProgram child = JavaProgram.start(SharedMemoryIsolation.childOptions(), ChildMain.class, "create-and-hang");
        child.awaitLine("created 7", Duration.ofSeconds(60));
        child.kill();
        List<String> left = segmentFiles(SharedMemoryIsolation.directory());
        assertEquals(1, left.size(), "the killed child could not clean up");

        try (IntValue value = IntValue.createRaw(0)) {
            assertFalse(segmentFiles(SharedMemoryIsolation.directory()).contains(left.get(0)));
        }
    }
}
