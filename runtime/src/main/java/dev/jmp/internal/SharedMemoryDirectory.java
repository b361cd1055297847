package dev.jmp.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory of a program's shared memory: its segments and the wait tables of its
 * processes. Children inherit {@code -Djmp.shm.dir}, so every process of a program agrees on it.
 */
public final class SharedMemoryDirectory {

    /** System property overriding the directory, so tests and {@code jmp:verify} use a private one. */
    public static final String PROPERTY = "jmp.shm.dir";

    private static final Path DEV_SHM = Path.of("/dev/shm");

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
}
