package dev.jmp.launch.child;

import dev.jmp.internal.ResultDecoder;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
    private final ConcurrentHashMap<String, ResultDecoder<Object>> decoders = new ConcurrentHashMap<>();

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

    /**
     * The result decoder of the entry named {@code entryClass}: its static {@code decodeResult},
     * found by name. Only for a JVM that runs a task which came to it as a bare call and must hand
     * back the value itself (a manager's served pool); a task made by a factory carries its decoder.
     */
    public ResultDecoder<Object> decoder(String entryClass) {
        ResultDecoder<Object> decoder = decoders.get(entryClass);
        if (decoder == null) {
            decoder = decoderOf(entryType(entryClass));
            ResultDecoder<Object> first = decoders.putIfAbsent(entryClass, decoder);
            if (first != null) {
                decoder = first;
            }
        }
        return decoder;
    }

    private static ResultDecoder<Object> decoderOf(Class<?> type) {
        Method decode;
        try {
            decode = type.getMethod("decodeResult", byte[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("[jmp.entry.unusable] the task entry " + type.getName()
                    + " has no decodeResult; rebuild it with the jmp annotation processor", e);
        }
        return result -> {
            try {
                return decode.invoke(null, (Object) result);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static TaskEntry load(String entryClass) {
        Class<?> type = entryType(entryClass);
        try {
            return (TaskEntry) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("[jmp.entry.unusable] cannot instantiate the task entry " + entryClass
                    + ": " + e + "; rebuild it with the jmp annotation processor", e);
        }
    }

    private static Class<?> entryType(String entryClass) {
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
        return type;
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
