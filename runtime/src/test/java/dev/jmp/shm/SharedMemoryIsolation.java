package dev.jmp.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a private segment directory ({@code jmp.shm.dir}) and checks afterwards that
 * the test left no segment file there and no child process running.
 */
public final class SharedMemoryIsolation implements BeforeEachCallback, AfterEachCallback {

    private static final Duration CHILDREN_EXIT = Duration.ofSeconds(20);

    private Path directory;

    /** The current test's segment directory. */
    public static Path directory() {
        return Path.of(System.getProperty("jmp.shm.dir"));
    }

    /** The JVM options of a child JVM (a {@code JavaProgram}) that uses this test's segment directory. */
    public static List<String> childOptions() {
        return List.of("-XX:TieredStopAtLevel=1", "-Djmp.shm.dir=" + System.getProperty("jmp.shm.dir"));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("jmp-shm-test");
        System.setProperty("jmp.shm.dir", directory.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            List<ProcessHandle> left = childrenLeftAfter(CHILDREN_EXIT);
            left.forEach(ProcessHandle::destroyForcibly);
            assertEquals(List.of(), left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                    .collect(Collectors.toList()), "child processes left running");
            assertEquals(List.of(), segmentFiles(directory), "segment files left behind");
        } finally {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
            System.clearProperty("jmp.shm.dir");
        }
    }

    /**
     * The segment files in {@code directory}, by name. Wait tables ({@code jmp-waits-*}) are not
     * segments: a process keeps its own until it exits, and this JVM outlives every test.
     */
    public static List<String> segmentFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !name.startsWith("jmp-waits-"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static List<ProcessHandle> childrenLeftAfter(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<ProcessHandle> alive;
        do {
            alive = ProcessHandle.current().children().filter(ProcessHandle::isAlive).collect(Collectors.toList());
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return alive;
    }
}
