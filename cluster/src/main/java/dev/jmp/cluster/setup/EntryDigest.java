package dev.jmp.cluster.setup;

import dev.jmp.internal.TaskNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One class path entry's part of a {@link ClassPathDigest}: its name, the SHA-256 of its content
 * (a jar's bytes; a directory's files, by relative path, in order) and of its task index, each
 * cut to 32 hex digits.
 *
 * @param name the jar's file name or the directory's last element
 * @param content the digest of what it holds
 * @param taskIndex the digest of its task index; empty without one
 */
record EntryDigest(String name, String content, String taskIndex) {

    private static final int HEX_DIGITS = 32;

    static EntryDigest of(Path entry) {
        String name = entry.getFileName() == null ? entry.toString() : entry.getFileName().toString();
        try {
            if (Files.isDirectory(entry)) {
                return new EntryDigest(name, directory(entry), index(entry.resolve(TaskNames.INDEX_RESOURCE)));
            }
            MessageDigest sha = sha256();
            try (InputStream in = Files.newInputStream(entry)) {
                update(sha, in);
            }
            String index = "";
            try (ZipFile zip = new ZipFile(entry.toFile())) {
                ZipEntry e = zip.getEntry(TaskNames.INDEX_RESOURCE);
                if (e != null) {
                    MessageDigest indexSha = sha256();
                    try (InputStream in = zip.getInputStream(e)) {
                        update(indexSha, in);
                    }
                    index = hex(indexSha);
                }
            } catch (IOException e) {
                // not a jar: its bytes alone are its digest
            }
            return new EntryDigest(name, hex(sha), index);
        } catch (IOException e) {
            throw new UncheckedIOException("[jmp.cluster.class-path] cannot read the class path entry " + entry
                    + " to compare it with the cluster's: " + e, e);
        }
    }

    private static String directory(Path dir) throws IOException {
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                update(sha, in);
            }
        }
        return hex(sha);
    }

    private static String index(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        MessageDigest sha = sha256();
        sha.update(Files.readAllBytes(file));
        return hex(sha);
    }

    private static void update(MessageDigest sha, InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            sha.update(buffer, 0, n);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has it
        }
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
    }
}
