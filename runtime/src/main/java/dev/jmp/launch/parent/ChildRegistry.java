package dev.jmp.launch.parent;

import dev.jmp.base.ShutdownSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The children this JVM started and has not yet seen exit. At JVM exit, as Python's
 * {@code multiprocessing} does, daemon children are terminated and the others are joined. An
 * exit begun by a signal, or one that arrives while the exit waits for a child, terminates every
 * child instead: a terminated process ends promptly, as Python's does on SIGTERM, and its
 * children, which jmp never leaves orphaned, end with it.
 */
public final class ChildRegistry {

    /** How long a terminated daemon gets to run its shutdown hooks before it is killed. */
    private static final long DAEMON_GRACE_MILLIS = 2_000;

    private static final Set<ChildProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        ShutdownSequence.add(ShutdownSequence.Phase.CHILDREN, ChildRegistry::atExit);
    }

    private ChildRegistry() {}

    static void add(ChildProcess child) {
        LIVE.add(child);
        child.onExit(() -> LIVE.remove(child));
    }

    /** Children still running. */
    public static List<ChildProcess> alive() {
        List<ChildProcess> alive = new ArrayList<>();
        for (ChildProcess child : LIVE) {
            if (child.isAlive()) {
                alive.add(child);
            }
        }
        return alive;
    }

    private static void atExit() {
        try {
            // Until none is left: a child started while this runs (a spare the reservoir was
            // booting, a process another thread started) is handled like the others.
            List<ChildProcess> alive;
            while (!(alive = alive()).isEmpty()) {
                stop(alive, ShutdownSequence.signal() != 0);
                for (ChildProcess child : alive) {
                    // A signal that arrives meanwhile ends the wait; the next round stops them all.
                    if (!child.daemon() && !ShutdownSequence.awaitUnlessSignalled(child::await)) {
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Terminates the daemons among {@code children}, or all of them, killing those slow to go;
     * idle spares at once.
     */
    private static void stop(List<ChildProcess> children, boolean all) throws InterruptedException {
        List<ChildProcess> daemons = new ArrayList<>();
        for (ChildProcess child : children) {
            if (all || child.daemon()) {
                child.signal(child.isIdleSpare()); // a spare has no hooks worth waiting for
                daemons.add(child);
            }
        }
        for (ChildProcess daemon : daemons) {
            if (!daemon.await(DAEMON_GRACE_MILLIS)) {
                daemon.signal(true);
                daemon.await(DAEMON_GRACE_MILLIS);
            }
        }
    }
}
