package dev.jmp.cluster;

import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A cluster manager over three members in this JVM, for the runtime's manager conformance tests,
 * which run here against it: one cluster per test class (each in a JVM of its own), stopped with
 * its manager.
 */
public final class ClusterManagers {

    private static TestCluster cluster;
    private static Path dir;

    private ClusterManagers() {}

    /** Starts three members on loopback and returns a manager whose objects they hold. */
    public static SyncManager start() {
        try {
            // under the build directory, not the machine's temporary one: a test JVM killed before
            // its stop leaves the members' key where the next clean removes it
            dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "jmp-cluster-manager");
            cluster = TestCluster.start(3, 1, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Manager.cluster(Multiprocessing.getContext(StartMethod.CLUSTER));
    }

    /** Closes {@code manager}, stops the members and removes the key. */
    public static void stop(SyncManager manager) {
        try {
            if (manager != null) {
                manager.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
