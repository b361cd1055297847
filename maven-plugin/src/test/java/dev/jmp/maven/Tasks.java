package dev.jmp.maven;

import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.util.Arrays;

/** Task indexes for tests, with entry names from the real naming contract. */
final class Tasks {

    private Tasks() {}

    static TaskIndex.Entry task(String ownerClass, String taskName) {
        return new TaskIndex.Entry(ownerClass, taskName, TaskNames.entryClass(ownerClass, taskName));
    }

    static TaskIndex index(TaskIndex.Entry... entries) {
        return new TaskIndex(Arrays.asList(entries));
    }
}
