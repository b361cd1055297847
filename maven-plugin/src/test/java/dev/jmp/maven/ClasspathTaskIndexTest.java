package dev.jmp.maven;

import static dev.jmp.maven.Tasks.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathTaskIndexTest {

    @TempDir
    Path dir;

    @Test
    void noIndexAnywhereIsEmpty() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path plainJar = jar("plain.jar", null);

        assertEquals(Optional.empty(), ClasspathTaskIndex.read(List.of(classes, plainJar, dir.resolve("missing.jar"))));
    }

    @Test
    void mergesTheIndexesOfDirectoriesAndJarsInClasspathOrder() throws Exception {
        TaskIndex own = Tasks.index(task("com.example.Greeter", "greet"));
        TaskIndex library = Tasks.index(task("org.lib.Calc", "add"));
        Path classes = directory("classes", own.write());
        Path jar = jar("lib.jar", library.write());

        TaskIndex merged = ClasspathTaskIndex.read(List.of(classes, jar)).orElseThrow();

        assertEquals(List.of(task("com.example.Greeter", "greet"), task("org.lib.Calc", "add")), merged.entries());
    }

    @Test
    void theSameIndexTwiceCountsOnce() throws Exception {
        String text = Tasks.index(task("com.example.Greeter", "greet")).write();

        List<Path> classpath = List.of(directory("classes", text), jar("app.jar", text));

        TaskIndex merged = ClasspathTaskIndex.read(classpath).orElseThrow();

        assertEquals(1, merged.entries().size());
    }

    @Test
    void anEmptyIndexStillCountsAsPresent() throws Exception {
        assertTrue(ClasspathTaskIndex.read(List.of(directory("classes", "# no tasks\n"))).isPresent());
    }

    @Test
    void unreadableIndexNamesTheClasspathEntry() throws Exception {
        Path classes = directory("classes", "com.example.Greeter greet\n");

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ClasspathTaskIndex.read(List.of(classes)));

        String expected = "[" + Message.BAD_INDEX.code() + "] cannot read the task index in " + classes
                + ": line 1 of " + TaskNames.INDEX_RESOURCE;
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    private Path directory(String name, String index) throws IOException {
        Path file = dir.resolve(name).resolve(TaskNames.INDEX_RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, index);
        return dir.resolve(name);
    }

    private Path jar(String name, String index) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("com/example/Placeholder.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            if (index != null) {
                out.putNextEntry(new JarEntry(TaskNames.INDEX_RESOURCE));
                out.write(index.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
