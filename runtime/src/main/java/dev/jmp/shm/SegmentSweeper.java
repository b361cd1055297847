package dev.jmp.shm;

import dev.jmp.internal.ProcessIdentity;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes segment files whose creating runtime is dead, like Python's resource tracker but
 * without a tracker process: the creator's pid and start time are in the file name, and a
 * creator is dead when no process has that pid or the one that has it started at another time
 * (the pid was reused). A runtime sweeps its segment directory once, before it creates its first
 * segment there.
 */
final class SegmentSweeper {

    private SegmentSweeper() {}

    /** Deletes the segments of dead creators in {@code directory}; returns the names deleted. */
    static List<String> sweep(Path directory) {
        List<String> deleted = new ArrayList<>();
        ProcessIdentity self = ProcessIdentity.current();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "jmp-*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Optional<ProcessIdentity> creator = SegmentFiles.creatorOf(name);
                if (creator.isEmpty() || creator.get().equals(self) || creator.get().isAlive()) {
                    continue;
                }
                if (Files.deleteIfExists(file)) {
                    deleted.add(name);
                }
            }
        } catch (IOException e) {
            // A sweep is housekeeping: a directory we cannot list must not stop the program.
            System.getLogger(SegmentSweeper.class.getName()).log(System.Logger.Level.DEBUG,
                    "cannot sweep " + directory + ": " + e);
        }
        return deleted;
    }
}
