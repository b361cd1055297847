package dev.jmp.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassesJarTest {

    @TempDir
    Path temp;

    @Test
    void packsTheClassesSorted() throws IOException {
        Path classes = classes();
        Path jar = ClassesJar.pack(classes, temp.resolve("target/jmp/app-classes.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
            assertEquals(List.of("META-INF/jmp/tasks.index", "com/example/A.class", "com/example/B.class"), names);
            assertArrayEquals(new byte[] {1, 2}, file.getInputStream(file.getEntry("com/example/B.class")).readAllBytes());
        }
    }

    /** The class-data archive is keyed by the jar's modification time: unchanged classes keep it. */
    @Test
    void unchangedClassesLeaveTheJarAloneAndChangedOnesReplaceIt() throws IOException {
        Path classes = classes();
        Path jar = ClassesJar.pack(classes, temp.resolve("app-classes.jar"));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(jar, old);
        Files.setLastModifiedTime(classes.resolve("com/example/A.class"), FileTime.from(Instant.now()));
        ClassesJar.pack(classes, jar);
        assertEquals(old, Files.getLastModifiedTime(jar), "same bytes, same jar");

        Files.write(classes.resolve("com/example/A.class"), new byte[] {9});
        ClassesJar.pack(classes, jar);
        assertFalse(old.equals(Files.getLastModifiedTime(jar)), "changed classes, new jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertArrayEquals(new byte[] {9}, file.getInputStream(file.getEntry("com/example/A.class")).readAllBytes());
        }
        try (var files = Files.list(temp)) {
            assertEquals(List.of("app-classes.jar", "classes"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    private Path classes() throws IOException {
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("com/example"));
        Files.createDirectories(classes.resolve("META-INF/jmp"));
        Files.write(classes.resolve("com/example/B.class"), new byte[] {1, 2});
        Files.write(classes.resolve("com/example/A.class"), new byte[] {3});
        Files.writeString(classes.resolve("META-INF/jmp/tasks.index"), "x");
        return classes;
    }
}
