package dev.jmp.manager.server;

/** A Lock or an RLock, as a Condition uses it: acquired and released on behalf of an owner. */
interface ServedLockable {

    /** Acquires for {@code owner}; false when the deadline passed first. */
    boolean acquire(Owner owner, long deadline) throws InterruptedException;

    void release(Owner owner);

    /** Whether {@code owner} may wait on a condition of this lock. */
    boolean isOwnedBy(Owner owner);

    /** Releases completely for a condition wait; returns what {@link #restore} needs. */
    int releaseAll(Owner owner);

    /** Takes the lock back after a condition wait, as {@link #releaseAll} left it. */
    void restore(Owner owner, int saved) throws InterruptedException;
}
