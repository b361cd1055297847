package dev.jmp.maven.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code java @file} argument file, deleted on {@link #close()} (or, failing that, when the JVM
 * exits).
 *
 * <p>The launcher splits such a file at whitespace and treats {@code #} as a comment, so every
 * value that may contain either is written {@link #quote quoted}.
 */
public final class ArgFile implements AutoCloseable {

    private final Path path;

    private ArgFile(Path path) {
        this.path = path;
    }

    /** Writes {@code lines} to a new file {@code jmp-*.args} in {@code directory}, creating it. */
    public static ArgFile write(Path directory, List<String> lines) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "jmp-", ".args");
        Files.write(file, lines, NativeCharset.get());
        return new ArgFile(file);
    }

    /**
     * One argument in double quotes; inside them the launcher reads {@code \} as an escape, so
     * Windows paths keep their backslashes only when doubled.
     */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover file in target/ must not fail a build whose program already ran.
            path.toFile().deleteOnExit();
        }
    }
}
