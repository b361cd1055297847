package dev.jmp.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The children this JVM started and has not yet seen exit. At JVM exit, as Python's
 * {@code multiprocessing} does, daemon children are terminated and the others are joined.
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
        List<ChildProcess> daemons = new ArrayList<>();
        for (ChildProcess child : alive()) {
            if (child.daemon()) {
                child.signal(false);
                daemons.add(child);
            }
        }
        try {
            for (ChildProcess daemon : daemons) {
                if (!daemon.await(DAEMON_GRACE_MILLIS)) {
                    daemon.signal(true);
                    daemon.await(DAEMON_GRACE_MILLIS);
                }
            }
            for (ChildProcess child : alive()) {
                child.await(-1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
