package dev.jmp.processor.validate;

import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskOwner;
import java.util.HashMap;
import java.util.Map;

/**
 * The names generated so far in this compilation, across classes and rounds. Flattening nested
 * classes with {@code _} can make two classes meet: {@code Outer.Inner} and {@code Outer_Inner}
 * would both get {@code Outer_InnerTasks}; a task {@code b_c} of {@code A} and a task {@code c}
 * of {@code A_b} would both get {@code A_b_c_Entry}. Collisions within one class are
 * {@link TaskValidator}'s.
 */
public final class GeneratedNames {

    private final Map<String, String> entries = new HashMap<>();
    private final Map<String, String> factories = new HashMap<>();

    /** Claims the worker entry of {@code task}; reports whoever had it first. */
    public Report claimEntry(TaskMethod task) {
        String entry = task.entryClass().canonicalName();
        String first = entries.putIfAbsent(entry, task.displayName());
        Report report = new Report();
        if (first != null) {
            report.error(task.element(), Message.NAME_COLLISION, task.taskName(), task.displayName(), first, entry);
        }
        return report;
    }

    /** Claims the factory of {@code owner}; reports whoever had it first. */
    public Report claimFactory(TaskOwner owner) {
        String factory = owner.factoryClass().canonicalName();
        String first = factories.putIfAbsent(factory, owner.className().canonicalName());
        Report report = new Report();
        if (first != null && !first.equals(owner.className().canonicalName())) {
            report.error(owner.element(), Message.FACTORY_COLLISION, "class " + owner.className().canonicalName(),
                    factory, first);
        }
        return report;
    }
}
