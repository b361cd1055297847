package dev.jmp.maven;

import dev.jmp.internal.TaskIndex;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns {@code -Djmp.task=Greeter.greet} into the generated worker entry that runs the task
 * on its own. A reference may name the class simply ({@code Greeter.greet}), with its package
 * ({@code com.example.Greeter.greet}), with {@code #} before the method, and a nested class with
 * {@code $} or {@code _} ({@code Outer$Inner.greet}).
 */
final class TaskResolver {

    private TaskResolver() {}

    /**
     * The one task {@code reference} names.
     *
     * @param index the class path's task index; empty when the processor never ran
     * @param project the project's name, for the message when there is no index
     * @throws MojoExecutionException when there is no index, or the reference matches no task
     *     or several
     */
    static RunTarget resolve(String reference, Optional<TaskIndex> index, String project)
            throws MojoExecutionException {
        if (index.isEmpty()) {
            throw new MojoExecutionException(Message.NO_INDEX.format(reference, project));
        }
        List<TaskIndex.Entry> matches = index.get().find(reference.replace('#', '.'));
        if (matches.isEmpty()) {
            throw new MojoExecutionException(Message.UNKNOWN_TASK.format(reference, names(index.get().entries())));
        }
        if (matches.size() > 1) {
            throw new MojoExecutionException(Message.AMBIGUOUS_TASK.format(
                    reference, matches.size(), names(matches), matches.get(0).qualifiedName()));
        }
        TaskIndex.Entry task = matches.get(0);
        return new RunTarget(task.entryClass(), "task " + task.shortName() + " (" + task.entryClass() + ")");
    }

    private static String names(List<TaskIndex.Entry> entries) {
        if (entries.isEmpty()) {
            return "none";
        }
        return entries.stream().map(TaskIndex.Entry::qualifiedName).sorted().collect(Collectors.joining(", "));
    }
}
