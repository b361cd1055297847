package dev.jmp.cluster.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The cluster key, which signs every batch: the text of a key file shared by the members and the
 * drivers of one cluster ({@code openssl rand -hex 32 > cluster.key}). A cluster on this machine's
 * loopback makes its key file on first use, readable by its owner only; a cluster that listens on
 * a network interface needs one given, since every machine must hold the same.
 */
public final class ClusterKey {

    /** Fewer bytes than this are too easily guessed. */
    static final int MIN_BYTES = 16;

    private ClusterKey() {}

    /** The key the settings name, made first when it is missing and the cluster is loopback only. */
    public static byte[] load(ClusterSettings settings) {
        Path file = settings.keyFile();
        try {
            if (!Files.exists(file)) {
                if (!settings.loopbackOnly()) {
                    throw new IllegalStateException("[jmp.cluster.no-key] the key file " + file + " does not exist,"
                            + " and this cluster reaches beyond the loopback (" + settings.bindAddress() + ", members "
                            + String.join(",", settings.members()) + "); make one (openssl rand -hex 32 > cluster.key),"
                            + " copy it to every member and driver, and name it with -Djmp.cluster.keyFile=<file>");
                }
                create(file);
            }
            byte[] key = Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_BYTES) {
                throw new IllegalStateException("[jmp.cluster.weak-key] the key file " + file + " holds "
                        + key.length + " bytes; give it at least " + MIN_BYTES + " (openssl rand -hex 32 > " + file + ")");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("[jmp.cluster.no-key] cannot read or make the key file " + file + ": " + e
                    + "; name a readable one with -Djmp.cluster.keyFile=<file>", e);
        }
    }

    /** Writes 32 random bytes, in hex, to a file only its owner reads; a file made meanwhile wins. */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Path tmp = Files.createTempFile(dir, ".cluster-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own defaults apply
            }
            Files.writeString(tmp, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp); // fails if another JVM made the file first
            } catch (FileAlreadyExistsException e) {
                return;
            } catch (UnsupportedOperationException | IOException e) {
                try {
                    Files.move(tmp, file); // refuses to replace a file made meanwhile
                } catch (FileAlreadyExistsException again) {
                    // another JVM's key stands
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
