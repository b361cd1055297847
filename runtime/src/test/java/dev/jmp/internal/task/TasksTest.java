package dev.jmp.internal.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Task;
import dev.jmp.internal.TaskCall;
import dev.jmp.testing.PoolTasks;
import dev.jmp.testing.SquareEntry;
import java.lang.reflect.Modifier;
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
    void taskKnowsNothingOfHowItIsMade() {
        // Task is the API's base: it must not name this package, or the two would form a cycle.
        for (var field : Task.class.getDeclaredFields()) {
            assertFalse(field.getType().getPackageName().equals(Tasks.class.getPackageName()), field.toString());
        }
        assertEquals(1, Task.class.getDeclaredConstructors().length);
        assertTrue(Modifier.isPrivate(Task.class.getDeclaredConstructors()[0].getModifiers()));
    }
}
