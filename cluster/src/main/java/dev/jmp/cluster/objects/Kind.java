package dev.jmp.cluster.objects;

import dev.jmp.manager.core.Method;

/** How one built-in kind is held in the cluster: created, called, and freed. */
interface Kind {

    /**
     * Creates the object {@code key} with the arguments of its kind's creation shapes. Idempotent:
     * two processes that create the same named object at once both run it, and the first wins.
     */
    void create(ObjectSpace space, String key, Object[] arguments);

    /** Runs {@code method}; {@code interruptible} when an interrupt ends a wait with {@link InterruptedException}. */
    Object call(ClusterCore core, Method<?> method, Object[] arguments, boolean interruptible)
            throws InterruptedException;

    /** Frees the object: every proxy of it fails from then on (or finds it empty, for collections). */
    void destroy(ObjectSpace space, String key);
}
