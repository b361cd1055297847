package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildHeapTest {

    private static final long GB = 1L << 30;

    @Test
    void aQuarterOfTheMemoryIsSharedByThePoolsWorkers() {
        // 32 GB, 4 CPUs: a quarter is 8 GB; 8 workers get 1 GB each, 8 GB together.
        assertEquals(Optional.of("-Xmx1024m"), ChildHeap.defaultOption(List.of(), List.of(), 32 * GB, 4, 8));
    }

    @Test
    void aProcessAndASmallPoolShareAmongTheCpus() {
        // 32 GB, 4 CPUs: 2 GB for a process, and for each worker of a pool of up to 4.
        assertEquals(Optional.of("-Xmx2048m"), ChildHeap.defaultOption(List.of(), List.of(), 32 * GB, 4, 1));
        assertEquals(Optional.of("-Xmx2048m"), ChildHeap.defaultOption(List.of(), List.of(), 32 * GB, 4, 4));
    }

    @Test
    void theShareHasAFloor() {
        assertEquals(Optional.of("-Xmx128m"), ChildHeap.defaultOption(List.of(), List.of(), 2 * GB, 2, 64));
    }

    @Test
    void theParentsHeapIsInheritedInstead() {
        for (String parent : List.of("-Xmx2g", "-XX:MaxHeapSize=2147483648", "-XX:MaxRAMPercentage=50.0",
                "-XX:MaxRAM=8g", "-XX:MaxRAMFraction=2")) {
            assertEquals(Optional.empty(), ChildHeap.defaultOption(List.of("-ea", parent), List.of(), 32 * GB, 4, 8),
                    parent);
        }
    }

    @Test
    void aHeapInTheChildsOwnOptionsWins() {
        assertEquals(Optional.empty(), ChildHeap.defaultOption(List.of(), List.of("-Xmx300m"), 32 * GB, 4, 8));
    }

    @Test
    void noDefaultWhenTheMemoryIsUnknown() {
        assertEquals(Optional.empty(), ChildHeap.defaultOption(List.of(), List.of(), 0, 4, 8));
    }

    @Test
    void aNamedSizeComesFirstAndTheOptionsFollow() {
        assertEquals(List.of("-Xmx512m", "-Dx=1"), ChildHeap.options(Optional.of("512m"), 8, List.of("-Dx=1")));
    }

    @Test
    void sizesAreCheckedAndNormalized() {
        assertEquals("2g", ChildHeap.checkSize(" 2G "));
        assertEquals("1048576", ChildHeap.checkSize("1048576"));
        for (String bad : new String[] {"", "2 GB", "-1g", "0", "1.5g", "g", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChildHeap.checkSize(bad));
            assertTrue(e.getMessage().startsWith("[jmp.context.max-heap] " + bad + " is not a heap size"), e.getMessage());
        }
    }
}
