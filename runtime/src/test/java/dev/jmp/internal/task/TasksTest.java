package dev.jmp.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Task;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * A task is made only through {@link Tasks}; that it carries the decoder of its result is tested on
 * generated code, in the fixtures module's {@code GeneratedTaskTest}.
 */
class TasksTest {

    @Test
    void aTaskHasNoPublicConstructor() {
        assertEquals(0, Task.class.getConstructors().length);
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
