package dev.jmp.cluster.objects;

import dev.jmp.manager.core.Acquisition;

/**
 * A reentrant lock's kind, as a condition made on it ({@link RLockConditionKind}) uses it: how many
 * holds the calling thread has, letting go of all of them to wait, and taking them back.
 */
interface ReentrantKind extends Kind {

    /** How many times the calling thread holds {@code lock}. */
    int holds(ClusterCore lock);

    /** Releases every hold the calling thread has of {@code lock}; it held it. */
    void releaseAll(ClusterCore lock);

    /** Takes {@code lock} back with {@code holds} holds, however long that takes. */
    Acquisition reacquire(ClusterCore lock, int holds) throws InterruptedException;
}
