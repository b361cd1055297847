package dev.jmp.manager.server;

import dev.jmp.pool.Pool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The pools of a server, weakly, so that those still running when it shuts down are terminated
 * before it exits; a pool no one refers to any more is cleaned up by the pool itself.
 */
final class Pools {

    private final Set<Pool> all = Collections.newSetFromMap(new WeakHashMap<>());

    synchronized void add(Pool pool) {
        all.add(pool);
    }

    /** Terminates every pool still there. */
    void terminateAll() {
        List<Pool> pools;
        synchronized (this) {
            pools = new ArrayList<>(all);
        }
        for (Pool pool : pools) {
            try {
                pool.terminate();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // going down anyway
            }
        }
    }
}
