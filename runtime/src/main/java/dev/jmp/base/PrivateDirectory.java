package dev.jmp.base;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/**
 * This runtime's private directory (mode 0700), made on first use in
 * {@link RuntimeDirectories#privateBase()} and named {@code jmp-<pid>-<start>-<random>} after its
 * {@link ProcessIdentity}: the place for files only this runtime and its children read (its
 * control socket, its managers' sockets and key files, its workers' progress files, long class
 * paths, the objects its warm spares warm up on). It is removed at exit; directories of runtimes that died without exiting (SIGKILL) are
 * swept by the next runtime that makes one, and by their own children when they notice their
 * parent is gone.
 */
public final class PrivateDirectory {

    private static final String PREFIX = "jmp-";
    private static final String SOCKET_SUFFIX = ".sock";

    /** How long a removal keeps listing a directory in which others keep making files. */
    private static final Duration REMOVAL_LIMIT = Duration.ofSeconds(1);

    private static volatile Path directory;

    private PrivateDirectory() {}

    /** This runtime's private directory, made on the first call. */
    public static Path get() {
        Path dir = directory;
        if (dir == null) {
            synchronized (PrivateDirectory.class) {
                dir = directory;
                if (dir == null) {
                    dir = create();
                    directory = dir;
                }
            }
        }
        return dir;
    }

    private static Path create() {
        Path base = RuntimeDirectories.privateBase();
        sweep(base);
        try {
            Path dir = Files.createTempDirectory(base, PREFIX + ProcessIdentity.current().tag() + "-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, () -> deleteTree(dir));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a private directory in " + base + ": " + e.getMessage()
                    + "; set -Djava.io.tmpdir to a writable directory", e);
        }
    }

    /** Removes {@code dir}, the private directory of a runtime that is gone; used by its orphaned children. */
    public static void deleteOf(Path dir) {
        deleteTree(dir);
    }

    /**
     * Removes directories whose owner is no longer running and in which no socket accepts
     * connections. The second test guards against a runtime that names its directories
     * differently (another jmp version) being taken for dead.
     */
    static void sweep(Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path dir : dirs) {
                boolean ownerDead = ownerOf(dir.getFileName().toString()).map(owner -> !owner.isAlive()).orElse(false);
                if (ownerDead && !listening(dir)) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | SecurityException e) {
            // sweeping is best effort; a directory we cannot list is not ours to clean
        }
    }

    /** {@code jmp-<pid>-<start>-<random>} → the owner's identity. */
    static Optional<ProcessIdentity> ownerOf(String name) {
        if (!name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = name.substring(PREFIX.length());
        int last = rest.lastIndexOf('-');
        return last < 0 ? Optional.empty() : ProcessIdentity.parseTag(rest.substring(0, last));
    }

    /** Whether a server accepts connections on a socket in {@code dir}; the probes send nothing. */
    private static boolean listening(Path dir) {
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(dir, "*" + SOCKET_SUFFIX)) {
            for (Path socket : sockets) {
                try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    if (probe.connect(UnixDomainSocketAddress.of(socket))) {
                        return true;
                    }
                } catch (IOException e) {
                    // nobody listens there
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Removes {@code dir} and what is in it while others still work there: at exit, the exit
     * callbacks of children that just ended remove their progress and argument files, and an
     * orphaned child may be removing the whole directory. An entry that vanishes is skipped, not
     * taken for a failure that ends the removal (which left the directory behind), and entries
     * made after the listing are removed by listing again, until the directory is gone or
     * {@link #REMOVAL_LIMIT} has passed.
     */
    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        Deadline deadline = Deadline.after(REMOVAL_LIMIT);
        do {
            deleteEntries(dir);
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (DirectoryNotEmptyException e) {
                Thread.yield(); // an entry made after the listing: list again
            } catch (IOException | SecurityException e) {
                break;
            }
        } while (!deadline.hasPassed());
        JmpLog.log(JmpLog.RUNTIME, System.Logger.Level.DEBUG, "cannot remove the private directory " + dir);
    }

    private static void deleteEntries(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteEntries(entry);
                }
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException e) {
                    // a directory filled meanwhile, or not ours: the next pass, or the caller, sees it
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // gone meanwhile, or not ours to list
        }
    }
}
