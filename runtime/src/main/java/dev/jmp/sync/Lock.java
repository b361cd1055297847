package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.LockLayout;
import dev.jmp.sync.primitive.OwnerWord;
import java.time.Duration;

/**
 * A lock shared by processes: Python's {@code multiprocessing.Lock}. Not reentrant (see
 * {@link RLock}). As in Python, any thread of any process may release it, but releasing it while
 * it is unlocked is an error.
 *
 * <pre>{@code
 * try (Lock lock = Lock.create()) {
 *     // pass `lock` to tasks in other processes, then in each of them:
 *     try (Held held = lock.hold()) {
 *         counter.set(counter.get() + 1);
 *     }
 * }
 * }</pre>
 *
 * <p><b>When a holder dies.</b> The holder's pid and process start time are recorded in the lock.
 * If it is killed while holding the lock, the next process to wait for it notices the owner is
 * gone (within milliseconds) and takes the lock over instead of hanging forever. That
 * acquisition succeeds like any other but is flagged: {@link Held#recovered()} and
 * {@link #wasRecovered()} return true, and a {@code [jmp.sync.owner-died]} warning is logged on
 * the {@code dev.jmp.sync} {@link System.Logger}. Whatever the lock guards may be half-updated.
 */
public final class Lock implements ProcessLock {

    static {
        SharedObjects.register(Lock.class, (lock, out) -> lock.words.write(out), in -> new Lock(SharedWords.read(in)));
    }

    private final SharedWords words;
    private final OwnerWord owner;
    private volatile boolean recovered;

    private Lock(SharedWords words) {
        this.words = words;
        this.owner = new OwnerWord(words, LockLayout.OWNER, "a Lock");
    }

    /** A new, unlocked lock. */
    public static Lock create() {
        return new Lock(SharedWords.allocate(LockLayout.LOCK_WORDS));
    }

    /** Waits as long as it takes; Python's {@code acquire()}. Not interruptible, like {@code Lock.lock()}. */
    @Override
    public void acquire() {
        acquired(owner.claimUninterruptibly(OwnerWord.currentToken()));
    }

    /** Waits at most {@code timeout}; Python's {@code acquire(timeout=...)}. Returns whether it got the lock. */
    @Override
    public boolean acquire(Duration timeout) throws InterruptedException {
        return acquired(owner.claim(OwnerWord.currentToken(), Deadline.after(timeout), true));
    }

    /** Takes the lock only if it is free; Python's {@code acquire(False)}. */
    @Override
    public boolean tryAcquire() {
        return acquired(owner.tryClaim(OwnerWord.currentToken()) ? 0 : OwnerWord.TIMED_OUT);
    }

    private boolean acquired(long claimed) {
        if (claimed == OwnerWord.TIMED_OUT) {
            return false;
        }
        recovered = claimed != 0;
        return true;
    }

    /** Acquires (as {@link #acquire()}) and returns the hold to close; for try-with-resources. */
    @Override
    public Held hold() {
        acquire();
        return new Held(this::release, recovered);
    }

    /** @throws IllegalMonitorStateException if the lock is not locked */
    @Override
    public void release() {
        if (!owner.releaseAny()) {
            throw new IllegalMonitorStateException("[jmp.sync.release-unlocked] release of an unlocked Lock");
        }
    }

    @Override
    public boolean isLocked() {
        return owner.owner() != 0;
    }

    /**
     * Whether the current holding was taken over from a process that died holding the lock.
     * Meaningful while the caller holds the lock.
     */
    @Override
    public boolean wasRecovered() {
        return recovered;
    }

    boolean isHeldByCurrentThread() {
        return owner.isHeldByCurrentThread();
    }

    /** For {@link Condition}: releases the lock the calling thread holds. */
    int releaseAll() {
        if (!isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException("[jmp.sync.not-owner] cannot wait on a Condition of a Lock"
                    + " this thread does not hold");
        }
        owner.release();
        return 1;
    }

    /** For {@link Condition}: acquires the lock again after a wait. */
    void reacquire(int count) {
        acquire();
    }

    /** Releases this process's use of the lock's memory (see {@link dev.jmp.shm.IntValue#close}). */
    @Override
    public void close() {
        words.close();
    }

    @Override
    public String toString() {
        long holder = owner.owner();
        return holder == 0 ? "Lock(unlocked)" : "Lock(locked by pid " + OwnerWord.pid(holder) + ")";
    }
}
