package dev.jmp.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The project's classes directory as a jar, for {@code jmp:run -Djmp.classDataSharing}: child
 * JVMs can only use a class-data archive when the class path is jars, and the archive is keyed by
 * each jar's size and modification time. So the jar is built byte for byte the same from the same
 * classes (entries sorted, one fixed timestamp) and only replaced when its bytes change: an
 * unchanged project keeps its jar, its modification time and so its archive from run to run.
 */
final class ClassesJar {

    /** The timestamp of every entry: 1980-01-01, the earliest a zip can record. */
    private static final long ENTRY_TIME = 315_532_800_000L;

    private ClassesJar() {}

    /** Writes {@code classes} into {@code jar} unless {@code jar} already holds exactly that; returns {@code jar}. */
    static Path pack(Path classes, Path jar) throws IOException {
        byte[] bytes = jarBytes(classes);
        if (Files.isRegularFile(jar) && Arrays.equals(Files.readAllBytes(jar), bytes)) {
            return jar;
        }
        Files.createDirectories(jar.getParent());
        Path temp = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return jar;
    }

    private static byte[] jarBytes(Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(buffer)) {
            for (Path file : files) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                JarEntry entry = new JarEntry(name);
                entry.setTime(ENTRY_TIME);
                out.putNextEntry(entry);
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }
}
