package dev.jmp.base;

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
 * Where the runtime keeps its files, resolved in this one place:
 * <ul>
 *   <li>the <b>shared-memory directory</b> ({@link #sharedMemory()}): segments and queue chunks,
 *       named {@code jmp-<pid>-<start ticks>-<n>}, and the wait tables of its processes,
 *       {@code jmp-waits-<pid>-<start ticks>}, and the user's named blocks, {@code jmp-block-<name>},
 *       whose owners are recorded inside them (the memory package sweeps those). Children inherit
 *       {@code -Djmp.shm.dir}, so every process of a program agrees on it;</li>
 *   <li>the <b>base of the private directories</b> ({@link #privateBase()}), in which each runtime
 *       makes its own (mode 0700) for its control socket and its workers' progress files;</li>
 *   <li>the <b>class-data cache</b> ({@link #classDataCache()}), where class-data archives are
 *       kept across runs.</li>
 * </ul>
 *
 * <p>Every file a runtime keeps in the shared-memory directory names the runtime that owns it,
 * so leftovers are found without a tracker process, unlike Python's resource tracker: a runtime
 * killed before it could remove its files leaves them behind, and {@link #sweep} removes every
 * file whose owner is dead (no process has its pid, or the one that has it started at another
 * time). A runtime sweeps a directory before it first creates a segment there, and again before
 * it first records a wait there, which may be long after.
 */
public final class RuntimeDirectories {

    /** System property overriding the shared-memory directory, so tests and {@code jmp:verify} use a private one. */
    public static final String SHARED_MEMORY_PROPERTY = "jmp.shm.dir";
    /** System property overriding the class-data cache directory. */
    public static final String CLASS_DATA_PROPERTY = "jmp.cds.dir";
    /** How the wait table of a process is named in the shared-memory directory, before its {@link ProcessIdentity#tag()}. */
    public static final String WAIT_TABLE_PREFIX = "jmp-waits-";

    private static final Path DEV_SHM = Path.of("/dev/shm");
    /** A socket path ({@code sun_path}) holds 108 bytes; a private directory's base leaves room for the rest. */
    private static final int MAX_PRIVATE_BASE = 50;

    /** Where the calling thread's new shared objects go instead, while it makes objects of its own. */
    private static final ThreadLocal<Path> THREADS_OWN = new ThreadLocal<>();

    private RuntimeDirectories() {}

    /**
     * {@code jmp.shm.dir} if set, else {@code /dev/shm} where it is usable, else the temp dir; for
     * a thread between {@link #beginThreadsOwnSharedMemory} and {@link #endThreadsOwnSharedMemory},
     * the directory it named.
     */
    public static Path sharedMemory() {
        Path own = THREADS_OWN.get();
        return own != null ? own : sharedMemory(System.getProperty(SHARED_MEMORY_PROPERTY));
    }

    /**
     * Until {@link #endThreadsOwnSharedMemory}, the shared objects the calling thread creates go in
     * {@code directory}: for objects no other process ever attaches to (a child's warm-up), kept in
     * a private directory that is removed with its owner, however this process ends.
     */
    public static void beginThreadsOwnSharedMemory(Path directory) {
        THREADS_OWN.set(directory.toAbsolutePath());
    }

    /** The calling thread's new shared objects go in {@link #sharedMemory()} again. */
    public static void endThreadsOwnSharedMemory() {
        THREADS_OWN.remove();
    }

    /** As {@link #sharedMemory()}, with {@code override} in place of the system property. */
    public static Path sharedMemory(String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        if (Files.isDirectory(DEV_SHM) && Files.isWritable(DEV_SHM)) {
            return DEV_SHM;
        }
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    /**
     * Where a runtime makes its private directory: the temp dir, or {@code /tmp} when the temp
     * dir's path is too long for a Unix domain socket inside it.
     */
    public static Path privateBase() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return tmp.toAbsolutePath().toString().length() > MAX_PRIVATE_BASE ? Path.of("/tmp") : tmp;
    }

    /** {@code jmp.cds.dir} if set, else {@code $XDG_CACHE_HOME/jmp}, else {@code ~/.cache/jmp}. */
    public static Path classDataCache() {
        String configured = System.getProperty(CLASS_DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "jmp");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "jmp");
    }

    /** Deletes the files of dead runtimes in the shared-memory {@code directory}; returns the names deleted. */
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
            JmpLog.log(JmpLog.RUNTIME, System.Logger.Level.DEBUG,
                    "cannot sweep " + directory + ": " + e);
        }
        return deleted;
    }

    /** The runtime that owns the shared-memory file {@code name}; empty for a file that is not a runtime's. */
    public static Optional<ProcessIdentity> ownerOf(String name) {
        if (name.startsWith(WAIT_TABLE_PREFIX)) {
            return ProcessIdentity.parseTag(name.substring(WAIT_TABLE_PREFIX.length()));
        }
        Matcher m = SegmentNames.SEGMENT_OR_CHUNK.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
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

    /**
     * Compiled when a sweep first needs it, not when a child first asks where shared memory lives:
     * the pattern costs a fresh JVM some milliseconds.
     */
    private static final class SegmentNames {
        static final Pattern SEGMENT_OR_CHUNK = Pattern.compile("jmp-(\\d+)-(\\d+)-\\d+");
    }
}
