package dev.jmp.launch;

import dev.jmp.internal.TaskEntry;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Worker entries by class name, each instantiated once: a pool worker runs the same entry for
 * thousands of tasks. Entries are stateless, so one instance serves every thread. Only the side
 * that runs a task loads its entry by name; the side that made the task decodes its result with
 * the decoder the task carries.
 */
public final class TaskEntries {

    private final ConcurrentHashMap<String, TaskEntry> entries = new ConcurrentHashMap<>();

    /** The entry named {@code entryClass}, loaded and instantiated on first use. */
    public TaskEntry get(String entryClass) {
        TaskEntry entry = entries.get(entryClass);
        return entry != null ? entry : entries.computeIfAbsent(entryClass, TaskEntries::load);
    }

    private static TaskEntry load(String entryClass) {
        Class<?> type;
        try {
            type = Class.forName(entryClass, true, loader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("[jmp.entry.missing] no task entry class " + entryClass
                    + " on this JVM's class path; build with the jmp annotation processor and run with the same class path", e);
        }
        if (!TaskEntry.class.isAssignableFrom(type)) {
            throw new IllegalStateException("[jmp.entry.not-an-entry] " + entryClass + " is not a jmp task entry; "
                    + "tasks come from the factories the annotation processor generates");
        }
        try {
            return (TaskEntry) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("[jmp.entry.unusable] cannot instantiate the task entry " + entryClass
                    + ": " + e + "; rebuild it with the jmp annotation processor", e);
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : TaskEntries.class.getClassLoader();
    }
}
