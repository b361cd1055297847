package dev.jmp.manager.wire;

import dev.jmp.base.PrivateDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manager authkeys this process knows, by fingerprint. Handles carry the fingerprint and the
 * path of a file holding the key in the sender's private directory (mode 0700, file mode 0600),
 * never the key: a process of the same user on the same machine reads it from there, any other
 * reader must already know the key, for example because it connected with it.
 */
public final class KeyRing {

    private static final int MAX_KEY_FILE = 4096;

    /** A known key and, once one exists, a file holding it. */
    private static final class Entry {
        final byte[] key;
        volatile String file;

        Entry(byte[] key, String file) {
            this.key = key;
            this.file = file;
        }
    }

    private static final Map<String, Entry> KEYS = new ConcurrentHashMap<>();

    private KeyRing() {}

    /** Learns {@code key}; returns its fingerprint. {@code file}, if not null, already holds it. */
    public static String add(byte[] key, String file) {
        String id = idOf(key);
        Entry entry = KEYS.get(id);
        if (entry == null) { // not computeIfAbsent: no lambda to spin in a child reading its first handle
            Entry made = new Entry(key.clone(), file);
            entry = KEYS.putIfAbsent(id, made);
            entry = entry != null ? entry : made;
        }
        if (entry.file == null && file != null) {
            entry.file = file;
        }
        return id;
    }

    /** The key a handle names: known already, or read from the handle's key file. */
    public static byte[] keyOf(ProxyHandle handle) {
        Entry entry = KEYS.get(handle.keyId());
        if (entry != null) {
            return entry.key;
        }
        if (!handle.keyFile().isEmpty()) {
            try {
                Path file = Path.of(handle.keyFile());
                if (Files.size(file) <= MAX_KEY_FILE) {
                    byte[] key = Files.readAllBytes(file);
                    if (idOf(key).equals(handle.keyId())) {
                        add(key, handle.keyFile());
                        return key;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not readable here: reported below
            }
        }
        throw new IllegalStateException("[jmp.manager.unknown-key] a proxy of the manager at " + handle.address()
                + " reached this process, which does not know that manager's authkey (the process that sent it"
                + " has exited, or runs as another user or on another machine); connect to the manager with its"
                + " key first, as SyncManager.connect(address, authkey) does");
    }

    /** A file holding the key {@code id}, written in this process's private directory if needed. */
    public static String fileFor(String id) {
        Entry entry = KEYS.get(id);
        if (entry == null) {
            return "";
        }
        String file = entry.file;
        if (file != null && Files.exists(Path.of(file))) {
            return file;
        }
        synchronized (entry) {
            if (entry.file == null || !Files.exists(Path.of(entry.file))) {
                entry.file = write(id, entry.key);
            }
            return entry.file;
        }
    }

    private static String write(String id, byte[] key) {
        Path file = PrivateDirectory.get().resolve("key-" + id);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // written before by this process: the content is the same key
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
        try {
            Files.write(file, key);
            return file.toString();
        } catch (IOException e) {
            return "";
        }
    }

    /** The fingerprint of {@code key}: the first 16 bytes of a domain-separated SHA-256, in hex. */
    public static String idOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("jmp-manager-key-id".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(key);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
