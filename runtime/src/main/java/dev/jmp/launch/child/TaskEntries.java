package dev.jmp.launch.child;

import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place a JVM loads worker entries by name: a child for its one task, a pool worker for
 * each task of its batches, {@code ProcessPoolExecutor.callable(task).call()} in the JVM that
 * calls it. Each entry is instantiated once: a pool worker runs the same entry for thousands of
 * tasks, and entries are stateless, so one instance serves every thread. Only the side that runs
 * a task loads its entry; the side that made the task decodes its result with the decoder the
 * task carries.
 *
 * <p>Warm-ups (a spare's, the class-data archive's) load every indexed entry ahead, without
 * initialising it, through {@link #preloadIndexed}.
 */
public final class TaskEntries {

    private final ConcurrentHashMap<String, TaskEntry> entries = new ConcurrentHashMap<>();

    /**
     * The entry named {@code entryClass}, loaded and instantiated on first use. No lambda: this
     * is on every child's way to its task, where the first lambda costs milliseconds of bootstrap.
     * Two threads may both instantiate a new entry; entries are stateless, and one of them is kept.
     */
    public TaskEntry get(String entryClass) {
        TaskEntry entry = entries.get(entryClass);
        if (entry == null) {
            entry = load(entryClass);
            TaskEntry first = entries.putIfAbsent(entryClass, entry);
            if (first != null) {
                entry = first;
            }
        }
        return entry;
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

    /**
     * Loads, without initialising (no code of the program runs), the entry of every task listed
     * in every {@value TaskNames#INDEX_RESOURCE} {@code loader} sees. An index or entry that
     * cannot be read is skipped: the task, if it ever runs, reports what is wrong.
     */
    public static void preloadIndexed(ClassLoader loader) {
        Enumeration<URL> indexes;
        try {
            indexes = loader.getResources(TaskNames.INDEX_RESOURCE);
        } catch (IOException e) {
            return;
        }
        while (indexes.hasMoreElements()) {
            TaskIndex index;
            try (Reader reader = new InputStreamReader(indexes.nextElement().openStream(), StandardCharsets.UTF_8)) {
                index = TaskIndex.read(reader);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (TaskIndex.Entry entry : index.entries()) {
                try {
                    Class.forName(entry.entryClass(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a stale index line
                }
            }
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : TaskEntries.class.getClassLoader();
    }
}
