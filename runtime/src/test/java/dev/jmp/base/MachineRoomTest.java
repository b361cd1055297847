package dev.jmp.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule for room on the machine, from the ticks of a window; and reading them. */
class MachineRoomTest {

    /** Ticks of a 100 ms window on {@code cpus} cores: 10 per core. */
    private static long total(int cpus) {
        return 10L * cpus;
    }

    @Test
    void anIdleMachineHasRoom() {
        assertTrue(MachineRoom.hasRoom(0, total(2), 0, 2));
        assertTrue(MachineRoom.hasRoom(0, total(1), 0, 1));
    }

    @Test
    void onTwoCoresOneBusyCoreOfOthersLeavesNoRoom() {
        assertFalse(MachineRoom.hasRoom(10, total(2), 0, 2));
        assertTrue(MachineRoom.hasRoom(5, total(2), 0, 2), "half a core of two is the most");
        assertFalse(MachineRoom.hasRoom(6, total(2), 0, 2));
    }

    @Test
    void thisProcesssOwnWorkDoesNotCount() {
        // 1.5 cores busy, of which this process used one over the 100 ms: the others used half a core
        assertTrue(MachineRoom.hasRoom(15, total(2), 100_000_000L, 2));
        assertFalse(MachineRoom.hasRoom(15, total(2), 50_000_000L, 2));
    }

    @Test
    void onEightCoresTheOthersMayKeepThreeAndAHalfBusy() {
        assertTrue(MachineRoom.hasRoom(35, total(8), 0, 8));
        assertFalse(MachineRoom.hasRoom(36, total(8), 0, 8));
    }

    @Test
    void aWindowWithoutTicksTellsNothingAndIsTakenAsRoom() {
        assertTrue(MachineRoom.hasRoom(0, 0, 0, 2));
    }

    @Test
    void theMachinesStatIsReadWhereThereIsOne(@TempDir Path dir) throws Exception {
        Path stat = dir.resolve("stat");
        Path own = dir.resolve("own");
        Files.writeString(stat, "cpu  100 0 50 1000 10 0 0 0 0 0\ncpu0 50 0 25 500 5 0 0 0 0 0\n"
                + "cpu1 50 0 25 500 5 0 0 0 0 0\nintr 1 2 3\n");
        Files.writeString(own, "42 (java) S 1 42 42 0 -1 4194560 100 0 0 0 7 3 0 0 20 0 12 0 1000 0 0\n");
        MachineRoom room = MachineRoom.of(stat, own, 1);
        assertNotNull(room);
        assertTrue(room.hasRoom(() -> false), "the file's ticks did not move: no one else was busy");
        assertNull(MachineRoom.of(dir.resolve("missing"), own, 1));
        Files.writeString(stat, "not a stat file\n");
        assertNull(MachineRoom.of(stat, own, 1));
        Files.writeString(stat, "cpu  100 0 50 1000\nintr 1 2 3\n");
        assertNull(MachineRoom.of(stat, own, 1), "a stat without one core's line tells no core count");
    }

    @Test
    void theFirstLineCountsBusyAndTotalTicksWithIdleAndIowaitIdle() {
        byte[] line = bytes("cpu  100 5 50 1000 10 2 3 4 99 99\ncpu0 1 2 3 4\n");
        assertArrayEquals(new long[] {164, 1174}, MachineRoom.machineTicks(line, line.length),
                "user nice system irq softirq steal busy; guest fields not counted twice");
        byte[] short4 = bytes("cpu  1 2 3 4\n");
        assertArrayEquals(new long[] {6, 10}, MachineRoom.machineTicks(short4, short4.length));
        byte[] three = bytes("cpu  1 2 3\n");
        assertNull(MachineRoom.machineTicks(three, three.length));
        byte[] core = bytes("cpu0 1 2 3 4\n");
        assertNull(MachineRoom.machineTicks(core, core.length), "a core's line is not the machine's");
    }

    @Test
    void aProcesssTicksAreItsUserAndSystemFieldsAfterItsName() {
        byte[] plain = bytes("42 (java) S 1 42 42 0 -1 4194560 100 0 0 0 7 3 0 0 20 0 12 0\n");
        assertEquals(10, MachineRoom.ownTicks(plain, plain.length));
        byte[] odd = bytes("42 (a) b (c) S 1 42 42 0 -1 4194560 100 0 0 0 700 35 0 0 20 0 12 0\n");
        assertEquals(735, MachineRoom.ownTicks(odd, odd.length), "a name with spaces and parentheses");
        byte[] cut = bytes("42 (java) S 1 42 42 0 -1 4194560 100 0 0 0 7");
        assertEquals(-1, MachineRoom.ownTicks(cut, cut.length), "a line cut before its system ticks");
        byte[] none = bytes("no process here");
        assertEquals(-1, MachineRoom.ownTicks(none, none.length));
    }

    @Test
    void thisMachinesOwnFilesAreRead() throws Exception {
        Path self = Path.of("/proc/self/stat");
        assumeTrue(Files.isReadable(self), "Linux's /proc is not here");
        byte[] line = Files.readAllBytes(self);
        assertTrue(MachineRoom.ownTicks(line, line.length) >= 0, new String(line, StandardCharsets.US_ASCII));
        assertNotNull(MachineRoom.of(100), "this Linux's /proc/stat was not understood");
    }

    @Test
    void looksThatFindNoRoomWaitLongerAndLonger() {
        assertEquals(0, MachineRoom.backoffMillis(0, 100));
        assertEquals(100, MachineRoom.backoffMillis(1, 100));
        assertEquals(200, MachineRoom.backoffMillis(2, 100));
        assertEquals(800, MachineRoom.backoffMillis(4, 100));
        assertEquals(1_600, MachineRoom.backoffMillis(5, 100));
        assertEquals(1_600, MachineRoom.backoffMillis(1_000, 100), "the wait stops growing");
    }

    @Test
    void aLookEndingAfterAStopSaysNoWithoutReadingTheMachine(@TempDir Path dir) throws Exception {
        MachineRoom room = stillMachine(dir);
        AtomicInteger asked = new AtomicInteger();
        assertFalse(room.hasRoom(() -> asked.incrementAndGet() > 0), "a stopped look said there was room");
        assertEquals(1, asked.get(), "the look went on after the stop");
    }

    @Test
    void awaitingRoomEndsWithRoomOrAtAStop(@TempDir Path dir) throws Exception {
        MachineRoom room = stillMachine(dir);

        assertFalse(room.awaitRoom(() -> true), "stopped: no look, no room");
        assertTrue(room.awaitRoom(() -> false), "a window without ticks is room");
    }

    /** The room of a one-core machine whose stat file in {@code dir} never moves, and no own stat. */
    private static MachineRoom stillMachine(Path dir) throws Exception {
        Path stat = dir.resolve("stat");
        Files.writeString(stat, "cpu  100 0 50 1000 10 0 0 0 0 0\ncpu0 50 0 25 500 5 0 0 0 0 0\n");
        MachineRoom room = MachineRoom.of(stat, dir.resolve("own"), 1);
        assertNotNull(room);
        return room;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
