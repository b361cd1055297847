package dev.jmp.sync.primitive;

import dev.jmp.base.Deadline;
import dev.jmp.base.JmpLog;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.memory.SharedWords;
import java.lang.System.Logger.Level;

/**
 * A word of shared memory that is 0 when free and holds its owner's {@code OwnerTokens} token
 * otherwise: the lock state machine under {@code Lock}, {@code RLock} and a queue's locks
 * ({@link LockLayout#OWNER}). A waiter that finds the owner's process dead takes the word over
 * with one compare-and-set, so of several waiters exactly one recovers it, and says so:
 * {@link #claim} returns the dead owner's token and a warning is logged.
 */
public final class OwnerWord {

    /** What {@link #claim} returns when the deadline passed. */
    public static final long TIMED_OUT = -1;

    private final SharedWords words;
    private final int index;
    private final String description;
    private final WaitRecorder recorder;

    /**
     * @param description the object as messages name it, with its article: "a Lock", "an RLock";
     *     its last word is the kind recorded in the wait table
     */
    public OwnerWord(SharedWords words, int index, String description) {
        this.words = words;
        this.index = index;
        this.description = description;
        this.recorder = new WaitRecorder(words, index, description.substring(description.indexOf(' ') + 1));
    }

    /** The owner's token, 0 when free. */
    public long owner() {
        return words.getVolatile(index);
    }

    /** Whether the calling thread owns the word. */
    public boolean isHeldByCurrentThread() {
        return words.getVolatile(index) == OwnerTokens.current();
    }

    /** The calling thread's token, what the word holds while the thread owns it; never 0. */
    public static long currentToken() {
        return OwnerTokens.current();
    }

    /** The pid of the owner in {@code token} (an {@link #owner()}). */
    public static long pid(long token) {
        return OwnerTokens.pid(token);
    }

    /** Whether the owner in {@code token} is a thread of this process. */
    public static boolean isThisProcess(long token) {
        return OwnerTokens.isThisProcess(token);
    }

    /** Claims the word for {@code me} (the calling thread's {@link #currentToken()}) if it is free; returns whether it did. */
    public boolean tryClaim(long me) {
        return words.compareAndSet(index, 0, me);
    }

    /**
     * Waits for the word to be free (or its owner dead) and claims it for {@code me}, the calling
     * thread's {@link #currentToken()}. Returns 0 when it was free, the dead owner's token when it
     * was taken over, or {@link #TIMED_OUT}.
     */
    public long claim(long me, Deadline deadline, boolean interruptible) throws InterruptedException {
        if (tryClaim(me)) {
            return 0; // free, the common case: no wait loop to make and nothing to record
        }
        return claimTaken(me, deadline, interruptible);
    }

    /** {@link #claim} of a word that was not free a moment ago. */
    private long claimTaken(long me, Deadline deadline, boolean interruptible) throws InterruptedException {
        WaitLoop loop = new WaitLoop(deadline, interruptible);
        RecordedWait waiting = null;
        try {
            while (true) {
                long owner = words.getVolatile(index);
                if (owner == 0) {
                    if (words.compareAndSet(index, 0, me)) {
                        return 0;
                    }
                } else if (loop.dueForOwnerCheck() && OwnerLiveness.isDead(owner)) {
                    if (words.compareAndSet(index, owner, me)) {
                        // JmpLog starts the JDK's logging only now, which costs a child tens of milliseconds
                        JmpLog.log(JmpLog.SYNC, Level.WARNING, "[jmp.sync.owner-died] " + description
                                + " was held by process " + OwnerTokens.pid(owner) + ", which died without releasing"
                                + " it; process " + ProcessIdentity.currentPid() + " took it over. Data it guards may"
                                + " be inconsistent.");
                        return owner;
                    }
                } else {
                    if (waiting == null && loop.isParking()) {
                        waiting = recorder.enter(!deadline.isNone());
                    }
                    if (!loop.pause(words, index, owner)) {
                        return TIMED_OUT;
                    }
                }
            }
        } finally {
            WaitRecorder.leave(waiting);
            loop.done();
        }
    }

    /**
     * Claims the word for {@code me} as {@link #claim} does, waiting as long as it takes and not
     * interruptibly (an interrupt stays pending). Returns 0, or the dead owner's token.
     */
    public long claimUninterruptibly(long me) {
        try {
            return claim(me, Deadline.NONE, false);
        } catch (InterruptedException e) {
            throw new AssertionError("an uninterruptible wait was interrupted", e);
        }
    }

    /** Frees the word whoever holds it, as any thread of any process may free a Lock; false if it was free. */
    public boolean releaseAny() {
        long holder = words.getVolatile(index);
        return holder != 0 && releaseFrom(holder);
    }

    /** Frees the word; only its owner calls this. */
    public void release() {
        words.setVolatile(index, 0);
        WaitLoop.wake(words, index);
    }

    /** Frees the word if {@code holder} still holds it; returns whether it did. */
    public boolean releaseFrom(long holder) {
        if (!words.compareAndSet(index, holder, 0)) {
            return false;
        }
        WaitLoop.wake(words, index);
        return true;
    }
}
