package dev.jmp.link;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.base.ShutdownSequence;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The private directory (mode 0700) that holds a runtime's control socket, named
 * {@code jmp-<pid>-<start>-<random>} after its {@link ProcessIdentity}. It is removed at exit;
 * directories of runtimes that died without exiting (SIGKILL) are swept by the next runtime
 * that starts, and by their own children when they notice their parent is gone.
 */
final class ControlDirectory {

    private static final String PREFIX = "jmp-";
    private static final String SOCKET = "control.sock";

    private final Path dir;

    private ControlDirectory(Path dir) {
        this.dir = dir;
    }

    static ControlDirectory create() {
        Path base = RuntimeDirectories.privateBase();
        sweep(base);
        try {
            Path dir = Files.createTempDirectory(base, PREFIX + ProcessIdentity.current().tag() + "-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            ControlDirectory created = new ControlDirectory(dir);
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, created::delete);
            return created;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a private directory for the control socket in "
                    + base + ": " + e.getMessage() + "; set -Djava.io.tmpdir to a writable directory", e);
        }
    }

    Path socket() {
        return dir.resolve(SOCKET);
    }

    /** Whether a server accepts connections on {@code socket}; the probe sends nothing. */
    private static boolean listening(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return probe.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    void delete() {
        deleteTree(dir);
    }

    /** Removes the control directory of {@code owner} wherever it is; used by orphaned children. */
    static void deleteOf(Path socket) {
        deleteTree(socket.getParent());
    }

    /**
     * Removes directories whose owner is no longer running and whose socket nobody listens on.
     * The second test guards against a runtime that names its directories differently (another
     * jmp version) being taken for dead.
     */
    static void sweep(Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path dir : dirs) {
                boolean ownerDead = ownerOf(dir.getFileName().toString()).map(owner -> !owner.isAlive()).orElse(false);
                if (ownerDead && !listening(dir.resolve(SOCKET))) {
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

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
