package dev.jmp.memory;

import dev.jmp.base.JmpLog;
import dev.jmp.base.MappedFile;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where block files live and what they are called: the block {@code name} is the file
 * {@code jmp-block-<name>} of the shared-memory directory ({@link RuntimeDirectories#sharedMemory()}),
 * so every process of a program, and any other program using the same directory, finds it by
 * name. The prefix keeps blocks apart from other files there and lets the sweep find them.
 */
public final class BlockFiles {

    /** What every block file's name starts with. */
    public static final String PREFIX = "jmp-block-";

    /** The longest name a block can have. */
    static final int MAX_NAME = 200;

    private BlockFiles() {}

    /**
     * The file of block {@code name} in the current shared-memory directory. A leading
     * {@code /} is dropped, as Python's POSIX names have one.
     *
     * @throws IllegalArgumentException when the name cannot be a file name
     */
    public static Path path(String name) {
        return RuntimeDirectories.sharedMemory().resolve(PREFIX + checkName(name));
    }

    /** {@code name} without a leading {@code /}, checked. */
    public static String checkName(String name) {
        String bare = name != null && name.startsWith("/") ? name.substring(1) : name;
        if (bare == null || !isName(bare)) {
            throw new IllegalArgumentException("[jmp.shm.bad-name] " + (name == null ? "null" : "\"" + name + "\"")
                    + " is not a shared memory block name; use 1 to 200 letters, digits, '_', '.' or '-'"
                    + " (not starting with '.' or '-'), or pass null for a generated name");
        }
        return bare;
    }

    /**
     * Whether {@code name} is 1 to {@value #MAX_NAME} of letters, digits, '_', '.' and '-', not
     * starting with '.' or '-'. A loop, not a regular expression: a child attaching to a block
     * would otherwise load and initialize {@code java.util.regex} for this one check.
     */
    private static boolean isName(String name) {
        int n = name.length();
        if (n == 0 || n > MAX_NAME || name.charAt(0) == '.' || name.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A fresh name for a block created without one, like Python's {@code psm_...} names. */
    public static String generatedName() {
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return "jmp_" + HexFormat.of().formatHex(random);
    }

    /**
     * Removes the block files of {@code directory} that nobody can use any more: their creator
     * is dead and so is every process recorded as a user. A block whose creator lives is its
     * creator's to remove (at the latest when it exits). Returns the names removed.
     */
    public static List<String> sweep(Path directory) {
        List<String> deleted = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path file : files) {
                if (abandoned(file)) {
                    MappedFile.delete(file, "shared memory block");
                    deleted.add(file.getFileName().toString());
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Housekeeping, as RuntimeDirectories.sweep: an unreadable directory must not stop the program.
            JmpLog.log(JmpLog.SHM, System.Logger.Level.DEBUG, "cannot sweep " + directory + ": " + e);
        }
        return deleted;
    }

    private static boolean abandoned(Path file) {
        BlockFile block;
        try {
            block = BlockFile.open(file, false);
        } catch (IOException e) {
            return false; // gone already, being created, or not a block: not ours to judge
        }
        ProcessIdentity creator = block.creator();
        return !creator.equals(ProcessIdentity.current()) && !creator.isAlive() && !block.hasLivingUser(-1);
    }
}
