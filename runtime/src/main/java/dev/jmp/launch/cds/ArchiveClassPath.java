package dev.jmp.launch.cds;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A class path as a class-data archive sees it: the jars it records, each with its size and
 * modification time (part of the archive's key), or why the class path cannot have one.
 */
final class ArchiveClassPath {

    private ArchiveClassPath() {}

    /**
     * Adds to {@code entryKeys} one line per class path entry (path, size, modification time),
     * following the {@code Class-Path} of jar manifests as the JVM does; answers why the class path
     * cannot have an archive, or null.
     */
    static String describe(String classPath, List<String> entryKeys) {
        Deque<Path> pending = new ArrayDeque<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                return "the class path has an empty entry (the current directory)";
            }
            pending.add(Paths.get(entry).toAbsolutePath().normalize());
        }
        Set<Path> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Path entry = pending.removeFirst();
            if (!seen.add(entry)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                return ClassDataArchive.concat("the class path entry ", entry, " does not exist");
            }
            if (attributes.isDirectory()) {
                if (!isEmptyDirectory(entry)) {
                    return ClassDataArchive.concat("the class path holds the directory ", entry, " (archives record jars only)");
                }
                entryKeys.add(ClassDataArchive.concat(entry, " dir"));
                continue;
            }
            entryKeys.add(ClassDataArchive.concat(entry, " ", attributes.size(), " ", attributes.lastModifiedTime().toMillis()));
            try {
                for (Path added : manifestClassPath(entry)) {
                    pending.addLast(added);
                }
            } catch (IOException e) {
                return ClassDataArchive.concat("the class path entry ", entry, " is not a readable jar: ", e.getMessage());
            }
        }
        return null;
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> manifestClassPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            List<Path> entries = new ArrayList<>();
            if (value != null) {
                for (String url : value.trim().split("\\s+")) {
                    if (!url.isEmpty()) {
                        entries.add(jar.resolveSibling(url.replace('/', File.separatorChar)).normalize());
                    }
                }
            }
            return entries;
        }
    }
}
