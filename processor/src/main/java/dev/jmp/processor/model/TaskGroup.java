package dev.jmp.processor.model;

import java.util.List;

/**
 * The tasks of one class that passed validation: the input of the generated factory.
 *
 * @param owner the declaring class
 * @param tasks its valid tasks in declaration order, never empty
 */
public record TaskGroup(TaskOwner owner, List<TaskMethod> tasks) {

    public TaskGroup {
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a factory needs at least one task");
        }
    }
}
