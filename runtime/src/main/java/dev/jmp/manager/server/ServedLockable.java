package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.Acquisition;

/**
 * A Lock or an RLock, as a Condition uses it: acquired and released on behalf of an owner. It
 * remembers which process holds it, so that the server can release it when that process goes
 * ({@link #ownerGone}); the next acquisition is then reported as {@link Hold#tookOver()}.
 *
 * <p>An acquisition is pending until its caller acknowledges the reply ({@link #confirm}); one
 * whose caller never does, because its connection or its process went first, is undone
 * ({@link #revoke}). A pending holder that goes is not reported to the next acquirer: it never
 * knew it held the lock, so it cannot have left what the lock guards half-done.
 */
interface ServedLockable {

    /** Acquires for {@code owner}; null when the deadline passed first. */
    Hold acquire(Owner owner, Deadline deadline) throws InterruptedException;

    void release(Owner owner);

    /** Whether {@code owner} may wait on a condition of this lock. */
    boolean isOwnedBy(Owner owner);

    /** Releases completely for a condition wait; returns what {@link #restore} needs. */
    int releaseAll(Owner owner);

    /** Takes the lock back after a condition wait, as {@link #releaseAll} left it. */
    Hold restore(Owner owner, int saved) throws InterruptedException;

    /** The caller has the reply to the acquisition that made {@code hold}. */
    void confirm(Hold hold);

    /** The caller never had the reply: undoes {@code hold}, unless the lock changed hands since. */
    void revoke(Hold hold);

    /** Releases the lock if process {@code process} holds it, which has gone; whether it did. */
    boolean ownerGone(long process);

    /**
     * The reply to an acquisition, {@code success} telling whether it got the lock (or, for a
     * wait, was signalled); {@code hold}, null when it got nothing, lasts only if the caller gets
     * the reply.
     */
    static Acquisition granted(CallContext context, ServedLockable lock, Hold hold, boolean success) {
        if (hold == null) {
            return Acquisition.FAILED;
        }
        context.onReplyLost(() -> lock.revoke(hold));
        context.onDelivered(() -> lock.confirm(hold));
        return new Acquisition(success, hold.tookOver());
    }
}
