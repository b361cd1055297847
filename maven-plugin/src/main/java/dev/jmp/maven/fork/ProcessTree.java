package dev.jmp.maven.fork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Destroys a process together with every process it started.
 *
 * <p>Descendants go first, from snapshots taken while the root is still alive: once a parent is
 * gone its children are re-parented and no longer show up among its descendants, so they would
 * survive. Each process is first asked to stop (so a JVM runs its shutdown hooks and a jmp
 * program can clean up its own children and shared memory) and is killed if it has not exited
 * after a grace period.
 */
final class ProcessTree {

    /** A process that keeps starting children gets this many looks before the root goes. */
    private static final int SNAPSHOTS = 3;

    private ProcessTree() {}

    /**
     * Destroys {@code root} and its descendants and waits, at most twice {@code grace}, for all
     * of them to exit.
     *
     * @return how many descendants were destroyed
     */
    static int destroy(ProcessHandle root, Duration grace) {
        Set<ProcessHandle> descendants = new LinkedHashSet<>();
        for (int i = 0; i < SNAPSHOTS; i++) {
            List<ProcessHandle> found = new ArrayList<>(
                    root.descendants().filter(p -> !descendants.contains(p)).toList());
            if (found.isEmpty()) {
                break;
            }
            // descendants() lists parents before their children; children go first.
            Collections.reverse(found);
            found.forEach(ProcessHandle::destroy);
            descendants.addAll(found);
        }
        root.destroy();
        List<ProcessHandle> all = new ArrayList<>(descendants);
        all.add(root);
        if (!awaitExit(all, grace)) {
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(all, grace);
        }
        return descendants.size();
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                // onExit never completes exceptionally; nothing to wait for.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
