package dev.jmp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.Task;
import dev.jmp.testing.PoolTasks;
import dev.jmp.testing.SquareEntry;
import org.junit.jupiter.api.Test;

/** A task is made only through {@link Tasks}, and carries the decoder of its result. */
class TasksTest {

    @Test
    void aTaskHasNoPublicConstructor() {
        assertEquals(0, Task.class.getConstructors().length);
    }

    @Test
    void aTaskCarriesItsCallAndDecodesItsResultWithItsOwnDecoder() throws Throwable {
        Task<Integer> task = PoolTasks.square(7);
        TaskCall call = Tasks.call(task);
        assertEquals(SquareEntry.class.getName(), call.entryClass());
        assertEquals("Maths.square", task.description());
        byte[] result = new SquareEntry().invoke(call.arguments());
        assertEquals(49, Tasks.decode(task, result));
        Task<String> relabelled = Tasks.task("no.such.Entry_Entry", call.arguments(), "Maths.label", bytes -> "decoded");
        assertEquals("decoded", Tasks.decode(relabelled, result)); // the decoder, not the entry named
        assertArrayEquals(call.arguments(), Tasks.call(relabelled).arguments());
    }

    @Test
    void accessIsGrantedOnce() {
        Tasks.call(PoolTasks.square(1)); // Task is initialized and has granted it
        assertThrows(IllegalStateException.class, () -> Tasks.grant(null));
    }
}
