package dev.jmp.maven;

import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The tasks indexed on a class path: the project's own {@link TaskNames#INDEX_RESOURCE} in
 * {@code target/classes} and those of dependencies whose jars were compiled with the processor.
 */
final class ClasspathTaskIndex {

    private ClasspathTaskIndex() {}

    /**
     * Every task indexed in {@code classpath}, or empty when no entry has an index, which means
     * the processor never ran.
     *
     * @throws MojoExecutionException naming the index that cannot be read
     */
    static Optional<TaskIndex> read(List<Path> classpath) throws MojoExecutionException {
        // A set: the same index can come twice, from target/classes and from the project's jar.
        Set<TaskIndex.Entry> entries = new LinkedHashSet<>();
        boolean found = false;
        for (Path element : classpath) {
            try {
                Optional<TaskIndex> index = Files.isDirectory(element) ? fromDirectory(element) : fromJar(element);
                if (index.isPresent()) {
                    entries.addAll(index.get().entries());
                    found = true;
                }
            } catch (IOException e) {
                throw new MojoExecutionException(Message.BAD_INDEX.format(element, e.getMessage()), e);
            }
        }
        return found ? Optional.of(new TaskIndex(List.copyOf(entries))) : Optional.empty();
    }

    private static Optional<TaskIndex> fromDirectory(Path directory) throws IOException {
        Path file = directory.resolve(TaskNames.INDEX_RESOURCE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(TaskIndex.read(reader));
        }
    }

    private static Optional<TaskIndex> fromJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry(TaskNames.INDEX_RESOURCE);
            if (entry == null) {
                return Optional.empty();
            }
            try (Reader reader = new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8)) {
                return Optional.of(TaskIndex.read(reader));
            }
        }
    }
}
