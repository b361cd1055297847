package dev.jmp.diagnostics;

import dev.jmp.internal.SharedMemoryDirectory;
import dev.jmp.internal.WaitTableFile;
import dev.jmp.internal.WaitTableFile.Waiter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds deadlocks among jmp locks ({@link dev.jmp.sync.Lock}, {@link dev.jmp.sync.RLock}) across
 * every process of a program, at run time:
 *
 * <pre>{@code
 * for (Deadlock deadlock : Deadlocks.detect()) {
 *     System.err.println(deadlock.report());
 * }
 * }</pre>
 *
 * <p>How: a thread that parks in an acquire records in its process's wait table, a small file in
 * the shared-memory directory ({@code jmp.shm.dir}, else {@code /dev/shm}), which lock it waits
 * for and its stack. Locks already record their owner. The detector reads every wait table and
 * owner word of the directory, builds the wait-for graph and reports its cycles. It looks twice
 * and reports only cycles seen both times, so a thread that was just getting its lock is never
 * taken for a deadlocked one. A thread that waits with a timeout ({@code acquire(Duration)}) is
 * never part of a deadlock: it gives up by itself. Processes of every program that shares the directory are
 * included; a cycle is a deadlock whichever programs its threads belong to.
 *
 * <p>Semaphores, conditions and barriers have no single owner and are not part of the graph: a
 * deadlock through them is a timeout, not a report.
 */
public final class Deadlocks {

    private Deadlocks() {}

    /** The deadlocks among the processes of this program's shared-memory directory; empty if none. */
    public static List<Deadlock> detect() {
        return detect(SharedMemoryDirectory.resolve());
    }

    /** The deadlocks among the processes whose wait tables are in {@code directory}. */
    public static List<Deadlock> detect(Path directory) {
        List<Deadlock> first = once(directory);
        if (first.isEmpty()) {
            return first;
        }
        Set<String> again = once(directory).stream().map(Deadlocks::key).collect(Collectors.toSet());
        return first.stream().filter(d -> again.contains(key(d))).toList();
    }

    private static List<Deadlock> once(Path directory) {
        try (OwnerWords owners = new OwnerWords(directory)) {
            return new WaitForGraph(waiters(directory), w -> owners.owner(w.lockSegment(), w.lockOffset()))
                    .deadlocks();
        }
    }

    private static List<Waiter> waiters(Path directory) {
        List<Waiter> waiters = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "jmp-waits-*")) {
            for (Path file : files) {
                boolean live = WaitTableFile.ownerOf(file.getFileName().toString())
                        .map(p -> p.isAlive()).orElse(false);
                if (live) {
                    waiters.addAll(WaitTableFile.read(file));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return waiters;
    }

    private static String key(Deadlock deadlock) {
        return deadlock.parties().stream().map(p -> p.pid() + "/" + p.threadName() + "/" + p.waitsFor())
                .collect(Collectors.joining(",")) + deadlock.lockLocations();
    }
}
