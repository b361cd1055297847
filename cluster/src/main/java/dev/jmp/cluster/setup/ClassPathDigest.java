package dev.jmp.cluster.setup;

import dev.jmp.internal.TaskNames;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a JVM would run a task with: per entry of its class path, the entry's name (a jar's file
 * name, a directory's last element), a digest of its content, and a digest of the task index it
 * holds, if any. A member publishes its own; a driver refuses a member whose code differs from its
 * own, since a task would then run other code than the driver's, or none. The entries are matched
 * by name, so that two machines may keep them in different folders; entries one side has and the
 * other lacks are allowed (a driver's test libraries, an IDE's agents), unless they hold tasks the
 * driver can send.
 */
public final class ClassPathDigest {

    private static volatile ClassPathDigest thisJvm;

    private final Map<String, EntryDigest> entries;

    private ClassPathDigest(Map<String, EntryDigest> entries) {
        this.entries = entries;
    }

    /** The digest of this JVM's class path, made once. */
    public static ClassPathDigest ofThisJvm() {
        ClassPathDigest d = thisJvm;
        if (d == null) {
            d = of(System.getProperty("java.class.path", ""));
            thisJvm = d;
        }
        return d;
    }

    /** The digest of {@code classPath}, entries separated by the platform's path separator. */
    public static ClassPathDigest of(String classPath) {
        Map<String, EntryDigest> entries = new LinkedHashMap<>();
        for (String element : classPath.split(File.pathSeparator)) {
            if (element.isBlank()) {
                continue;
            }
            File file = new File(element);
            if (!file.exists()) {
                continue; // the JVM skips it too
            }
            EntryDigest entry = EntryDigest.of(file.toPath());
            String name = entry.name();
            for (int n = 2; entries.containsKey(name); n++) {
                name = entry.name() + "#" + n;
            }
            entries.put(name, entry);
        }
        return new ClassPathDigest(entries);
    }

    /** One line per entry: name, content digest, task index digest (empty without one). */
    public String encode() {
        StringBuilder out = new StringBuilder();
        entries.forEach((name, e) -> out.append(name).append('\t').append(e.content()).append('\t')
                .append(e.taskIndex()).append('\n'));
        return out.toString();
    }

    /** The digest {@link #encode()} wrote. */
    public static ClassPathDigest decode(String text) {
        Map<String, EntryDigest> entries = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 3) {
                entries.put(f[0], new EntryDigest(f[0], f[1], f[2]));
            }
        }
        return new ClassPathDigest(entries);
    }

    /**
     * How the code of a member with this digest differs from {@code driver}'s, in words naming the
     * first difference; empty when the member runs the driver's code.
     */
    public Optional<String> differenceFrom(ClassPathDigest driver) {
        for (Map.Entry<String, EntryDigest> d : driver.entries.entrySet()) {
            EntryDigest mine = entries.get(d.getKey());
            if (mine != null && !mine.content().equals(d.getValue().content())) {
                return Optional.of(d.getKey() + " differs: the member's has digest " + mine.content()
                        + ", the driver's " + d.getValue().content()
                        + (mine.taskIndex().equals(d.getValue().taskIndex()) ? "" : ", and so do their task indexes"));
            }
        }
        Map<String, String> memberIndexes = new HashMap<>();
        entries.forEach((name, e) -> memberIndexes.put(e.taskIndex(), name));
        List<String> missing = new ArrayList<>();
        driver.entries.forEach((name, e) -> {
            if (!e.taskIndex().isEmpty() && !memberIndexes.containsKey(e.taskIndex())) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            return Optional.of("the driver's " + String.join(", ", missing) + " holds tasks ("
                    + TaskNames.INDEX_RESOURCE + ") that the member's class path lacks");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ClassPathDigest" + entries.keySet();
    }
}
