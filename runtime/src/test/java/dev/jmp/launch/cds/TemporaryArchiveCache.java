package dev.jmp.launch.cds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive cache of a class-data archive test: a temporary directory, in {@code auto} mode,
 * with no plan remembered; afterwards every trainer for it has ended and the settings are back.
 * The runtime's {@code ClassDataArchiveTest} and the fixtures' {@code ClassDataArchiveProgramTest}
 * (a real program, which needs generated tasks) both extend it.
 */
abstract class TemporaryArchiveCache {

    @TempDir
    Path temp;

    Path cache;
    private String savedDir;
    private String savedMode;

    @BeforeEach
    void pointTheCacheAtATemporaryDirectory() {
        cache = temp.resolve("cache");
        savedDir = System.getProperty(ClassDataArchive.DIR_PROPERTY);
        savedMode = System.getProperty(ClassDataArchive.MODE_PROPERTY);
        System.setProperty(ClassDataArchive.DIR_PROPERTY, cache.toString());
        System.setProperty(ClassDataArchive.MODE_PROPERTY, "auto");
        ClassDataArchive.forgetPlans();
    }

    @AfterEach
    void restore() throws Exception {
        assertTrue(Deadline.await(Duration.ofSeconds(120), () -> trainers().isEmpty()),
                "trainers still running: " + trainers());
        restore(ClassDataArchive.DIR_PROPERTY, savedDir);
        restore(ClassDataArchive.MODE_PROPERTY, savedMode);
        ClassDataArchive.forgetPlans();
    }

    /** Trainers and the JVMs they run for this test's cache directory, wherever they are in the process tree. */
    List<ProcessHandle> trainers() {
        String marker = cache.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }

    /**
     * A jar of the class files under {@code classes}, or a copy of it when it is a jar already (as
     * in a build that packaged the module); an empty jar when it does not exist.
     */
    static Path jarOf(Path jar, Path classes) throws IOException {
        if (Files.isRegularFile(classes)) {
            return Files.copy(classes, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (Files.isDirectory(classes)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, (OutputStream) out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
