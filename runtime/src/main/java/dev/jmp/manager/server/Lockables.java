package dev.jmp.manager.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every Lock and RLock of a server (a Condition's lock among them), weakly, so that what a
 * process held when it went can be released. Semaphores are not here: a permit belongs to no
 * one, since any process may release it, so a dead process's permits cannot be told apart.
 */
final class Lockables {

    private final Set<ServedLockable> all = Collections.newSetFromMap(new WeakHashMap<>());

    synchronized void add(ServedLockable lock) {
        all.add(lock);
    }

    /** Releases every lock {@code process} held; returns how many. */
    int releaseHeldBy(long process) {
        List<ServedLockable> locks;
        synchronized (this) {
            locks = new ArrayList<>(all);
        }
        int released = 0;
        for (ServedLockable lock : locks) {
            if (lock.ownerGone(process)) {
                released++;
            }
        }
        return released;
    }
}
