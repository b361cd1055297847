package dev.jmp.launch.cds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where class-data archives live and how they are named: {@code <base>-<size><suffix>}, the
 * size recorded in the name so that a truncated file is refused before a JVM maps it.
 */
final class ArchiveFiles {

    private ArchiveFiles() {}

    /** The archive {@code <base>-<size><suffix>} whose size is the one in its name. */
    static Optional<Path> findArchive(Path dir, String base, ClassDataArchive.Flavour flavour) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(base) && name.startsWith("-", base.length()) && name.endsWith(flavour.suffix)
                        && hasRecordedSize(file)) {
                    return Optional.of(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable directory is no archive
        }
        return Optional.empty();
    }

    /** The archive's name for {@code base} and its size. */
    static String archiveName(String base, long size, ClassDataArchive.Flavour flavour) {
        return ClassDataArchive.concat(base, "-", size, flavour.suffix);
    }

    static boolean hasRecordedSize(Path archive) {
        String name = archive.getFileName().toString();
        int dash = name.lastIndexOf('-');
        int dot = name.lastIndexOf('.');
        if (dash < 0 || dot < dash) {
            return false;
        }
        try {
            long recorded = Long.parseLong(name.substring(dash + 1, dot));
            return Files.isRegularFile(archive) && Files.size(archive) == recorded;
        } catch (NumberFormatException | IOException e) {
            return false;
        }
    }

    static String firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "no reason recorded" : lines.get(0);
        } catch (IOException e) {
            return "no reason recorded";
        }
    }
}
