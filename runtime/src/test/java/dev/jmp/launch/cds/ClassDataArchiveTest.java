package dev.jmp.launch.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.child.ChildMain;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.ParentProgram;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(NoLeftovers.class)
class ClassDataArchiveTest {

    private static final List<String> CHILD_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    @TempDir
    Path temp;

    private Path cache;
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

    /**
     * A jmp program run with a jar class path: its first child starts without an archive and a
     * trainer creates one; the next run's child is handed it, and neither child's output has a
     * word from the JVM about class-data sharing, not even once the archive is overwritten with
     * garbage of the same size.
     */
    @Test
    void anArchiveIsCreatedThenUsedByARealChildAndACorruptOneIsIgnoredSilently() throws Exception {
        String classPath = jarOf(temp.resolve("runtime.jar"), codeSource(ChildMain.class)) + java.io.File.pathSeparator
                + jarOf(temp.resolve("tests.jar"), codeSource(ParentProgram.class));

        Output first = runParent(classPath);
        assertTrue(first.out().contains("child runs"), first.toString());
        assertFalse(first.out().contains("-XX:SharedArchiveFile") || first.out().contains("-XX:AOTCache"),
                "no archive yet: " + first);
        assertTrue(Deadline.await(Duration.ofSeconds(120), () -> archive().isPresent() && trainers().isEmpty()),
                "no archive created in " + cache + ": " + listing());

        Output second = runParent(classPath);
        assertTrue(second.out().contains("vmargs=") && second.out().contains(archive().orElseThrow().toString()),
                "the child was handed the archive: " + second);
        assertClean(second);
        assertMaps(classPath, archive().orElseThrow());

        byte[] garbage = new byte[(int) Files.size(archive().orElseThrow())];
        new Random(42).nextBytes(garbage);
        Files.write(archive().orElseThrow(), garbage);
        Output third = runParent(classPath);
        assertTrue(third.out().contains("child runs") && third.out().contains(archive().orElseThrow().toString()), third.toString());
        assertClean(third);
    }

    private record Output(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "; stdout: " + out + "; stderr: " + err;
        }
    }

    private Output runParent(String classPath) throws Exception {
        java.lang.Process process = new ProcessBuilder(CurrentProcess.javaExecutable(),
                "-D" + ClassDataArchive.DIR_PROPERTY + "=" + cache, "-cp", classPath, ParentProgram.class.getName(), "vmargs")
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        try {
            assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the program did not end");
        } finally {
            process.destroyForcibly();
        }
        Output output = new Output(process.exitValue(), Files.readString(temp.resolve("out.txt")),
                Files.readString(temp.resolve("err.txt")));
        assertEquals(0, output.exit(), output.toString());
        return output;
    }

    private static void assertClean(Output output) {
        String jvmSaid = output.out().lines().filter(l -> !l.startsWith("vmargs=")).collect(Collectors.joining("\n"))
                + output.err();
        for (String text : List.of(jvmSaid)) {
            for (String word : List.of("[cds", "[aot", "warning", "CDS", "shared archive", "AOT")) {
                assertFalse(text.contains(word), "'" + word + "' in the output: " + output);
            }
        }
        assertEquals("", output.err(), output.toString());
    }

    /** A JVM given the archive's options loads jmp's bootstrap from the archive, not from the jar. */
    private void assertMaps(String classPath, Path archive) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(CurrentProcess.javaExecutable());
        command.addAll(CHILD_OPTIONS);
        command.addAll(ClassDataArchive.Flavour.current().useOptions(archive));
        command.addAll(List.of("-Xlog:class+load=info:stdout", "-cp", classPath, ChildMain.class.getName()));
        java.lang.Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
        }
        assertTrue(out.lines().anyMatch(l -> l.contains("dev.jmp.launch.child.ChildMain source: shared objects file")),
                "ChildMain not loaded from the archive: " + out.lines().filter(l -> l.contains("dev.jmp")).toList());
    }

    private java.util.Optional<Path> archive() {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().startsWith("cds-"))
                    .filter(ArchiveFiles::hasRecordedSize).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private String listing() {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Trainers and the JVMs they run for this test's cache directory, wherever they are in the process tree. */
    private List<ProcessHandle> trainers() {
        String marker = cache.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }

    private static String base(String classPath) {
        return ClassDataArchive.baseName(classPath, entryKeys(classPath), List.of(), ClassDataArchive.Flavour.current());
    }

    private static List<String> entryKeys(String classPath) {
        List<String> keys = new ArrayList<>();
        assertNull(ArchiveClassPath.describe(classPath, keys));
        return keys;
    }

    private static Path codeSource(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A jar of the class files under {@code classes} (an empty jar when it does not exist). */
    private static Path jarOf(Path jar, Path classes) throws IOException {
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
