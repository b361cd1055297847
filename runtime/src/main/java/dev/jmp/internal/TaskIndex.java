package dev.jmp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tasks listed in {@link TaskNames#INDEX_RESOURCE}: one line per task,
 * {@code <owner binary name> <task name> <entry binary name>}; {@code #} starts a comment.
 */
public final class TaskIndex {

    /** One indexed task. */
    public record Entry(String ownerClass, String taskName, String entryClass) {

        /** {@code Greeter.greet}: the simple owner name and the task name. */
        public String shortName() {
            return TaskNames.flatSimpleName(ownerClass) + "." + taskName;
        }

        /** {@code com.example.Greeter.greet}. */
        public String qualifiedName() {
            return ownerClass + "." + taskName;
        }

        String toLine() {
            return ownerClass + " " + taskName + " " + entryClass;
        }
    }

    private final List<Entry> entries;

    public TaskIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Parses the index format; throws {@link IOException} naming the bad line. */
    public static TaskIndex read(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            if (parts.length != 3) {
                throw new IOException("line " + number + " of " + TaskNames.INDEX_RESOURCE
                        + " should be '<owner> <task> <entry>' but is: " + line);
            }
            entries.add(new Entry(parts[0], parts[1], parts[2]));
        }
        return new TaskIndex(entries);
    }

    /** The index as text, one task per line, in a stable order. */
    public String write() {
        return entries.stream().map(Entry::toLine).sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The tasks that a user's reference names: {@code greet}'s owner given as
     * {@code com.example.Greeter.greet}, {@code Greeter.greet} or {@code Outer$Inner.greet}.
     */
    public List<Entry> find(String reference) {
        String ref = reference.strip().replace('$', '_');
        return entries.stream()
                .filter(e -> e.qualifiedName().replace('$', '_').equals(ref) || e.shortName().equals(ref))
                .collect(Collectors.toList());
    }
}
