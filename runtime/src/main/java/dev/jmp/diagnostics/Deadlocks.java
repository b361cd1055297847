package dev.jmp.diagnostics;

import dev.jmp.base.RuntimeDirectories;
import dev.jmp.memory.SegmentReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds deadlocks among jmp locks ({@link dev.jmp.sync.Lock}, {@link dev.jmp.sync.RLock}),
 * semaphores ({@link dev.jmp.sync.Semaphore}, {@link dev.jmp.sync.BoundedSemaphore}) and
 * barriers ({@link dev.jmp.sync.Barrier}) across every process of a program, at run time:
 *
 * <pre>{@code
 * for (Deadlock deadlock : Deadlocks.detect()) {
 *     System.err.println(deadlock.report());
 * }
 * }</pre>
 *
 * <p>How: a thread that parks in an acquire or at a barrier records in its process's wait table,
 * a small file in the shared-memory directory ({@code jmp.shm.dir}, else {@code /dev/shm}), what
 * it waits for and its stack. Locks already record their owner and semaphores the threads
 * holding their permits. The detector reads every wait table and the state of every object
 * waited for, builds the wait-for graph and reports the groups of threads none of which can go
 * on. It looks twice and reports only deadlocks seen both times, so a thread that was just
 * getting its lock is never taken for a deadlocked one. A thread that waits with a timeout
 * ({@code acquire(Duration)}) is never part of a deadlock: it gives up by itself. Processes of
 * every program that shares the directory are included; a deadlock is one whichever programs
 * its threads belong to.
 *
 * <p>What counts as stuck:
 * <ul>
 *   <li>a lock waiter whose lock's owner is stuck;
 *   <li>a semaphore waiter when no permit is free and every thread holding one is stuck. Permits
 *       are attributed to the thread that acquired them; a semaphore whose permits are released
 *       by other threads, or held by more than 32 threads, cannot be followed and is taken to
 *       make progress, so it is never reported;
 *   <li>the parties waiting at a barrier when the threads blocked on them (through locks or
 *       semaphores) are at least as many as the parties still missing. jmp does not know which
 *       threads are a barrier's parties, so it takes those blocked threads for the missing
 *       ones: a program in which such a blocked thread is not a party, and the real one is still
 *       coming, would be reported too early. Holding a lock while waiting at a barrier is the
 *       pattern to avoid either way.
 * </ul>
 *
 * <p>Not followed: a thread waiting for an {@link dev.jmp.sync.Event} to be set or for a
 * {@link dev.jmp.sync.Condition} to be signalled. Any thread of any process may set or signal, so
 * no set of blocked threads proves that nobody will; a deadlock through them is a timeout, not a
 * report. A condition's waiter holds nothing while it waits, and the wait to acquire the lock
 * again after a signal is an ordinary lock wait, part of the graph. Waits that are not recorded
 * (an uncontended call, a wait table that is full) are taken to be threads that run.
 */
public final class Deadlocks {

    private Deadlocks() {}

    /** The deadlocks among the processes of this program's shared-memory directory; empty if none. */
    public static List<Deadlock> detect() {
        return detect(RuntimeDirectories.sharedMemory());
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
        try (SegmentReader owners = new SegmentReader(directory)) {
            return new WaitForGraph(WaitTables.ofLiveProcesses(directory), owners::word).deadlocks();
        }
    }

    private static String key(Deadlock deadlock) {
        return deadlock.parties().stream().map(p -> p.pid() + "/" + p.threadName() + "/" + p.waitsFor())
                .collect(Collectors.joining(",")) + deadlock.lockLocations();
    }
}
