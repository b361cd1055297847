package dev.jmp.launch.child;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        Files.writeString(stat, "cpu  100 0 50 1000 10 0 0 0 0 0\ncpu0 50 0 25 500 5 0 0 0 0 0\n"
                + "cpu1 50 0 25 500 5 0 0 0 0 0\nintr 1 2 3\n");
        MachineRoom room = MachineRoom.of(stat, Duration.ofMillis(1));
        assertNotNull(room);
        assertTrue(room.hasRoom(), "the file's ticks did not move: no one else was busy");
        assertNull(MachineRoom.of(dir.resolve("missing"), Duration.ofMillis(1)));
        Files.writeString(stat, "not a stat file\n");
        assertNull(MachineRoom.of(stat, Duration.ofMillis(1)));
    }
}
