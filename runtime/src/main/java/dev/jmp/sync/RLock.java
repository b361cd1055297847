package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.LockLayout;
import dev.jmp.sync.primitive.OwnerWord;
import java.time.Duration;

/**
 * A reentrant lock shared by processes: Python's {@code multiprocessing.RLock}. It is owned by
 * one thread of one process, which may acquire it again; it is free once that thread has
 * released it as many times. Releasing an RLock the calling thread does not hold throws
 * {@link IllegalMonitorStateException}, where Python raises {@code AssertionError}.
 *
 * <pre>{@code
 * try (RLock lock = RLock.create(); Held outer = lock.hold(); Held inner = lock.hold()) {
 *     // held twice by this thread
 * }
 * }</pre>
 *
 * <p>A holder that dies is handled as for {@link Lock}: the next waiter takes the lock over with
 * a hold count of one, and {@link Held#recovered()} / {@link #wasRecovered()} say so.
 */
public final class RLock implements ProcessLock {

    static {
        SharedObjects.register(RLock.class, (lock, out) -> lock.words.write(out), in -> new RLock(SharedWords.read(in)));
    }

    private static final int COUNT = LockLayout.HOLD_COUNT;

    private final SharedWords words;
    private final OwnerWord owner;
    private volatile boolean recovered;

    private RLock(SharedWords words) {
        this.words = words;
        this.owner = new OwnerWord(words, LockLayout.OWNER, "an RLock");
    }

    /** A new, unlocked reentrant lock. */
    public static RLock create() {
        return new RLock(SharedWords.allocate(LockLayout.RLOCK_WORDS));
    }

    /** Waits as long as it takes; not interruptible, like {@code ReentrantLock.lock()}. */
    @Override
    public void acquire() {
        try {
            acquire(Deadline.NONE, false);
        } catch (InterruptedException e) {
            throw new AssertionError("an uninterruptible wait was interrupted", e);
        }
    }

    /** Waits at most {@code timeout}; returns whether the lock is now held. */
    @Override
    public boolean acquire(Duration timeout) throws InterruptedException {
        return acquire(Deadline.after(timeout), true);
    }

    /** Takes the lock only if it is free or already held by this thread. */
    @Override
    public boolean tryAcquire() {
        long me = OwnerWord.currentToken();
        if (owner.owner() == me) {
            words.setVolatile(COUNT, words.getVolatile(COUNT) + 1);
            return true;
        }
        return claimed(owner.tryClaim(me) ? 0 : OwnerWord.TIMED_OUT);
    }

    private boolean acquire(Deadline deadline, boolean interruptible) throws InterruptedException {
        long me = OwnerWord.currentToken();
        if (owner.owner() == me) {
            words.setVolatile(COUNT, words.getVolatile(COUNT) + 1);
            return true;
        }
        if (owner.tryClaim(me)) {
            return claimed(0);
        }
        return claimed(owner.claim(me, deadline, interruptible));
    }

    private boolean claimed(long deadOwner) {
        if (deadOwner == OwnerWord.TIMED_OUT) {
            return false;
        }
        // Only the owner touches the count, so a dead owner's count is simply overwritten.
        words.setVolatile(COUNT, 1);
        recovered = deadOwner != 0;
        return true;
    }

    /** Acquires (as {@link #acquire()}) and returns the hold to close; for try-with-resources. */
    @Override
    public Held hold() {
        acquire();
        return new Held(this::release, recovered);
    }

    /** @throws IllegalMonitorStateException if the calling thread does not hold the lock */
    @Override
    public void release() {
        requireHeld("release");
        long count = words.getVolatile(COUNT) - 1;
        words.setVolatile(COUNT, count);
        if (count == 0) {
            owner.release();
        }
    }

    /** Whether any thread of any process holds the lock; Python's {@code locked()}. */
    @Override
    public boolean isLocked() {
        return owner.owner() != 0;
    }

    public boolean isHeldByCurrentThread() {
        return owner.isHeldByCurrentThread();
    }

    /** How many times the calling thread holds the lock; 0 if it does not. */
    public int getHoldCount() {
        return isHeldByCurrentThread() ? (int) words.getVolatile(COUNT) : 0;
    }

    /** Whether the current holding was taken over from a process that died holding the lock. */
    @Override
    public boolean wasRecovered() {
        return recovered;
    }

    void requireHeld(String action) {
        if (!isHeldByCurrentThread()) {
            long holder = owner.owner();
            throw new IllegalMonitorStateException("[jmp.sync.not-owner] cannot " + action + " an RLock this thread"
                    + " does not hold (" + (holder == 0 ? "it is unlocked" : "held by "
                    + (OwnerWord.isThisProcess(holder) ? "another thread" : "process " + OwnerWord.pid(holder)))
                    + ")");
        }
    }

    /** For {@link Condition}: releases every hold and returns how many there were. */
    int releaseAll() {
        requireHeld("wait on a Condition of");
        int count = (int) words.getVolatile(COUNT);
        words.setVolatile(COUNT, 0);
        owner.release();
        return count;
    }

    /** For {@link Condition}: acquires again, restoring the hold count {@link #releaseAll} returned. */
    void reacquire(int count) {
        acquire();
        words.setVolatile(COUNT, count);
    }

    /** Releases this process's use of the lock's memory. */
    @Override
    public void close() {
        words.close();
    }

    @Override
    public String toString() {
        long holder = owner.owner();
        return holder == 0 ? "RLock(unlocked)" : "RLock(held by pid " + OwnerWord.pid(holder) + ", count "
                + words.getVolatile(COUNT) + ")";
    }
}
