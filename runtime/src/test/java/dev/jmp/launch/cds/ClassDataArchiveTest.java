package dev.jmp.launch.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.NoLeftovers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoLeftovers.class)
class ClassDataArchiveTest extends TemporaryArchiveCache {

    private static final List<String> CHILD_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    @Test
    void theKeyChangesWhenAJarChanges() throws IOException {
        Path jar = jarOf(temp.resolve("a.jar"), Paths.get("unused"));
        String before = base(jar.toString());
        assertEquals(before, base(jar.toString()));
        FileTime time = Files.getLastModifiedTime(jar);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "x");
        jarOf(jar, classes);
        Files.setLastModifiedTime(jar, time);
        String grown = base(jar.toString());
        assertNotEquals(before, grown);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        assertNotEquals(grown, base(jar.toString()));
        assertNotEquals(base(jar.toString()), ClassDataArchive.baseName(jar.toString(), entryKeys(jar.toString()),
                List.of("-Xmx64m"), ClassDataArchive.Flavour.current()), "options that matter are in the key");
        assertEquals(ClassDataArchive.keyOptions(List.of("-Xmx64m")),
                ClassDataArchive.keyOptions(List.of("-Dx=y", "-Xmx64m", "-ea", "-Xlog:gc")), "-D, -ea and -Xlog are not");
    }

    @Test
    void aDirectoryOnTheClassPathGivesNoOptions() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "x");
        Path jar = jarOf(temp.resolve("a.jar"), Paths.get("unused"));
        assertEquals(List.of(), ClassDataArchive.optionsFor(jar + java.io.File.pathSeparator + classes, CHILD_OPTIONS));
        assertTrue(ArchiveClassPath.describe(classes.toString(), new ArrayList<>()).contains("directory"));
        assertFalse(Files.exists(cache), "nothing created for a class path that cannot have an archive");
    }

    @Test
    void offGivesNoOptions() throws IOException {
        System.setProperty(ClassDataArchive.MODE_PROPERTY, "off");
        Path jar = jarOf(temp.resolve("a.jar"), Paths.get("unused"));
        assertEquals(List.of(), ClassDataArchive.optionsFor(jar.toString(), CHILD_OPTIONS));
        assertFalse(Files.exists(cache));
    }

    @Test
    void optionsThatChooseSharingThemselvesGiveNoOptions() throws IOException {
        Path jar = jarOf(temp.resolve("a.jar"), Paths.get("unused"));
        assertEquals(List.of(), ClassDataArchive.optionsFor(jar.toString(), List.of("-Xshare:off")));
        assertFalse(Files.exists(cache));
    }

    @Test
    void anUnwritableCacheDirectoryGivesNoOptions() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        System.setProperty(ClassDataArchive.DIR_PROPERTY, file.resolve("jmp").toString());
        Path jar = jarOf(temp.resolve("a.jar"), Paths.get("unused"));
        assertEquals(List.of(), ClassDataArchive.optionsFor(jar.toString(), CHILD_OPTIONS));
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anArchiveOfTheWrongSizeIsNotUsed() throws IOException {
        Files.createDirectories(cache);
        Path truncated = Files.write(cache.resolve(ArchiveFiles.archiveName("cds-a-b", 100, ClassDataArchive.Flavour.DYNAMIC)),
                new byte[50]);
        assertFalse(ArchiveFiles.hasRecordedSize(truncated));
        assertTrue(ArchiveFiles.findArchive(cache, "cds-a-b", ClassDataArchive.Flavour.DYNAMIC).isEmpty());
        Files.write(truncated, new byte[100]);
        assertEquals(truncated, ArchiveFiles.findArchive(cache, "cds-a-b", ClassDataArchive.Flavour.DYNAMIC).orElseThrow());
    }

    @Test
    void pruningKeepsTheNewestArchivesOfEachClassPath() throws IOException {
        Files.createDirectories(cache);
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            Path file = Files.write(cache.resolve("cds-g1-k" + i + "-1.jsa"), new byte[1]);
            Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(100 - i)));
        }
        Path other = Files.write(cache.resolve("cds-g2-k0-1.jsa"), new byte[1]);
        Path oldTemp = Files.write(cache.resolve("tmp-cds-g1-k9-1.jsa"), new byte[1]);
        Files.setLastModifiedTime(oldTemp, FileTime.from(now.minus(Duration.ofHours(2))));
        Path newTemp = Files.write(cache.resolve("tmp-cds-g1-k8-1.jsa"), new byte[1]);
        ClassDataTrainer.prune(cache, now);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of("cds-g1-k2-1.jsa", "cds-g1-k3-1.jsa", "cds-g1-k4-1.jsa", "cds-g2-k0-1.jsa",
                    newTemp.getFileName().toString()), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.exists(other));
    }

    private static String base(String classPath) {
        return ClassDataArchive.baseName(classPath, entryKeys(classPath), List.of(), ClassDataArchive.Flavour.current());
    }

    private static List<String> entryKeys(String classPath) {
        List<String> keys = new ArrayList<>();
        assertNull(ArchiveClassPath.describe(classPath, keys));
        return keys;
    }
}
