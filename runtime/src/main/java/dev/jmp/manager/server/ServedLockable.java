package dev.jmp.manager.server;

import dev.jmp.internal.WireOutput;

/**
 * A Lock or an RLock, as a Condition uses it: acquired and released on behalf of an owner. It
 * remembers which process holds it, so that the server can release it when that process goes
 * ({@link #ownerGone}); the next acquisition is then reported as {@link #TAKEN_OVER}.
 */
interface ServedLockable {

    /** {@link #acquire}'s answer when the deadline passed first. */
    int TIMED_OUT = 0;
    /** {@link #acquire}'s answer when it got the lock. */
    int ACQUIRED = 1;
    /** {@link #acquire}'s answer when it got a lock the server had released for a process that went. */
    int TAKEN_OVER = 2;

    /** Acquires for {@code owner}: {@link #TIMED_OUT}, {@link #ACQUIRED} or {@link #TAKEN_OVER}. */
    int acquire(Owner owner, long deadline) throws InterruptedException;

    void release(Owner owner);

    /** Whether {@code owner} may wait on a condition of this lock. */
    boolean isOwnedBy(Owner owner);

    /** Releases completely for a condition wait; returns what {@link #restore} needs. */
    int releaseAll(Owner owner);

    /** Takes the lock back after a condition wait, as {@link #releaseAll} left it; answers as {@link #acquire}. */
    int restore(Owner owner, int saved) throws InterruptedException;

    /** Releases the lock if process {@code process} holds it, which has gone; whether it did. */
    boolean ownerGone(long process);

    /** The reply to an acquisition: whether it got the lock and, if so, whether it took it over. */
    static void writeAcquired(WireOutput out, int status) {
        out.writeBoolean(status != TIMED_OUT);
        if (status != TIMED_OUT) {
            out.writeBoolean(status == TAKEN_OVER);
        }
    }
}
