package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.sync.ChildMain;
import dev.jmp.sync.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessValueTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);

    @Test
    void writesAreVisibleBothWays() throws Exception {
        try (IntValue value = IntValue.create(0); DoubleArray array = DoubleArray.createRaw(5);
                Event parentWrote = Event.create(); Event childWrote = Event.create()) {
            ChildJvm child = ChildJvm.start(ChildMain.class, "visibility", Handles.encode(value),
                    Handles.encode(array), Handles.encode(parentWrote), Handles.encode(childWrote));
            value.set(42);
            array.copyFrom(new double[] {1, 2, 3, 4, 5}, 0, 0, 5);
            parentWrote.set();

            assertTrue(childWrote.await(CHILD_LIMIT), child::output);
            assertEquals(43, value.get());
            assertArrayEquals(new double[] {1, -1.5, -2.5, 99, 5}, array.toArray());
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::output);
            assertTrue(child.output().contains("child saw 42 [1.0, 2.0, 3.0, 4.0, 5.0]"), child::output);
        }
    }

    @Test
    void fourProcessesAddingAtomicallyLoseNoUpdate() throws Exception {
        int perChild = 200_000;
        try (LongValue total = LongValue.createRaw(0)) {
            List<ChildJvm> children = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                children.add(ChildJvm.start(ChildMain.class, "value-add", Handles.encode(total), Integer.toString(perChild)));
            }
            for (ChildJvm child : children) {
                assertEquals(0, child.awaitExit(CHILD_LIMIT), child::output);
            }
            assertEquals(4L * perChild, total.get());
        }
    }
}
