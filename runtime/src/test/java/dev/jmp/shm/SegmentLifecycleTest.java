package dev.jmp.shm;

import static dev.jmp.shm.SharedMemoryIsolation.segmentFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.ProcessIdentity;
import dev.jmp.sync.ChildMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        ChildJvm exited;
        try (LongValue value = LongValue.createRaw(0)) {
            exited = ChildJvm.start(ChildMain.class, "value-add", Handles.encode(value), "1");
            assertEquals(0, exited.awaitExit(Duration.ofSeconds(60)), exited::output);
        }
        Path dir = SharedMemoryIsolation.directory();
        ProcessIdentity self = ProcessIdentity.current();
        ProcessIdentity parent = ProcessIdentity.of(ProcessHandle.current().parent().orElseThrow().pid()).orElseThrow();
        String deadCreator = "jmp-" + exited.pid() + "-1-1";
        String reusedPid = "jmp-" + self.pid() + "-" + (self.startTicks() + 1) + "-1";
        String liveCreator = SegmentFiles.name(parent, 1);
        for (String name : List.of(deadCreator, reusedPid, liveCreator, "not-a-segment")) {
            Files.createFile(dir.resolve(name));
        }

        List<String> swept = SegmentSweeper.sweep(dir);

        assertEquals(Set.of(deadCreator, reusedPid), Set.copyOf(swept));
        assertTrue(Files.exists(dir.resolve(liveCreator)));
        Files.delete(dir.resolve(liveCreator));
        Files.delete(dir.resolve("not-a-segment"));
    }

    @Test
    void aKilledRuntimesSegmentIsSweptByTheNextRuntimeThatCreatesOne() throws Exception {
        ChildJvm child = ChildJvm.start(ChildMain.class, "create-and-hang");
        child.awaitLine("created 7", Duration.ofSeconds(60));
        child.kill();
        List<String> left = segmentFiles(SharedMemoryIsolation.directory());
        assertEquals(1, left.size(), "the killed child could not clean up");

        try (IntValue value = IntValue.createRaw(0)) {
            assertFalse(segmentFiles(SharedMemoryIsolation.directory()).contains(left.get(0)));
        }
    }
}
