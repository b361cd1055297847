package dev.jmp.internal;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory of a program's shared memory: its segments and queue chunks, named
 * {@code jmp-<pid>-<start ticks>-<n>}, and the wait tables of its processes,
 * {@code jmp-waits-<pid>-<start ticks>}. Children inherit {@code -Djmp.shm.dir}, so every process
 * of a program agrees on it.
 *
 * <p>Every file a runtime keeps here names the runtime that owns it, so leftovers are found
 * without a tracker process, unlike Python's resource tracker: a runtime killed before it could
 * remove its files leaves them behind, and {@link #sweep} removes every file whose owner is dead
 * (no process has its pid, or the one that has it started at another time). A runtime sweeps a
 * directory before it first creates a segment there, and again before it first records a wait
 * there, which may be long after.
 */
public final class SharedMemoryDirectory {

    /** System property overriding the directory, so tests and {@code jmp:verify} use a private one. */
    public static final String PROPERTY = "jmp.shm.dir";

    private static final Path DEV_SHM = Path.of("/dev/shm");
    private static final Pattern SEGMENT_OR_CHUNK = Pattern.compile("jmp-(\\d+)-(\\d+)-\\d+");

    private SharedMemoryDirectory() {}

    /** {@code jmp.shm.dir} if set, else {@code /dev/shm} where it is usable, else the temp dir. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY));
    }

    /** As {@link #resolve()}, with {@code override} in place of the system property. */
    public static Path resolve(String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        if (Files.isDirectory(DEV_SHM) && Files.isWritable(DEV_SHM)) {
            return DEV_SHM;
        }
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    /** Deletes the files of dead runtimes in {@code directory}; returns the names deleted. */
    public static List<String> sweep(Path directory) {
        List<String> deleted = new ArrayList<>();
        ProcessIdentity self = ProcessIdentity.current();
        Map<ProcessIdentity, Boolean> alive = new HashMap<>(); // a runtime's files come in dozens
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "jmp-*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Optional<ProcessIdentity> owner = ownerOf(name);
                if (owner.isPresent() && !owner.get().equals(self)
                        && !alive.computeIfAbsent(owner.get(), ProcessIdentity::isAlive) && delete(file)) {
                    deleted.add(name);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // A sweep is housekeeping: a directory we cannot list must not stop the program.
            System.getLogger(SharedMemoryDirectory.class.getName()).log(System.Logger.Level.DEBUG,
                    "cannot sweep " + directory + ": " + e);
        }
        return deleted;
    }

    /** The runtime that owns the file {@code name}; empty for a file that is not a runtime's. */
    static Optional<ProcessIdentity> ownerOf(String name) {
        Matcher m = SEGMENT_OR_CHUNK.matcher(name);
        if (!m.matches()) {
            return WaitTableFile.ownerOf(name);
        }
        try {
            return Optional.of(new ProcessIdentity(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false; // not ours to remove after all (a directory, say); the others still go
        }
    }
}
