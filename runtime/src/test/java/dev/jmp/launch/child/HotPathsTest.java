package dev.jmp.launch.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.base.RuntimeDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round of the warm-up's paths removes what it made, whether it ends well or not. */
class HotPathsTest {

    private static List<String> ownSharedFiles() throws IOException {
        String prefix = "jmp-" + ProcessHandle.current().pid() + "-";
        try (Stream<Path> files = Files.list(RuntimeDirectories.sharedMemory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void aRoundLeavesNoFileBehind(@TempDir Path directory) throws Throwable {
        List<String> before = ownSharedFiles();
        new HotPaths(directory).round(200);
        assertEquals(before, ownSharedFiles());
        assertEquals(List.of(), filesIn(directory));
    }

    @Test
    void aRoundThatFailsLeavesNoFileBehindEither(@TempDir Path directory) throws Throwable {
        List<String> before = ownSharedFiles();
        Path blocked = directory.resolve(HotPaths.progressFileName(ProcessHandle.current().pid()));
        Files.createDirectory(blocked); // the progress file cannot be made: the round fails midway
        assertThrows(IOException.class, () -> new HotPaths(directory).round(10));
        Files.deleteIfExists(blocked);
        assertEquals(before, ownSharedFiles());
        assertEquals(List.of(), filesIn(directory));
        assertEquals(RuntimeDirectories.sharedMemory(System.getProperty(RuntimeDirectories.SHARED_MEMORY_PROPERTY)),
                RuntimeDirectories.sharedMemory(), "the round's private directory outlived it");
    }
}
