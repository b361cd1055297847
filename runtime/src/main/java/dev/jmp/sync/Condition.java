package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.WaiterSlots;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A condition variable shared by processes: Python's {@code multiprocessing.Condition}, bound to
 * a {@link Lock} or {@link RLock}. Python's {@code wait}, {@code wait_for}, {@code notify} and
 * {@code notify_all} are {@link #await}, {@link #awaitFor}, {@link #signal} and
 * {@link #signalAll} here, because {@code Object} already owns the Python names.
 *
 * <pre>{@code
 * try (Held held = ready.hold()) {                 // Python: with ready:
 *     ready.awaitFor(() -> items.get() > 0, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Waiters queue in arrival order: {@link #signal(int) signal(n)} wakes the {@code n} that
 * have waited longest. At most 64 threads (of all processes) wait on one condition at once; a
 * waiter whose process died is skipped by signals and its place reused.
 *
 * <p>For {@link dev.jmp.diagnostics.Deadlocks}, a thread in {@code await} holds nothing: it has
 * released the lock. Once signalled (or timed out) it acquires the lock again, and that wait is
 * an ordinary {@link Lock} or {@link RLock} wait, part of the wait-for graph. A thread waiting
 * for a signal is not recorded: any thread holding the lock may signal, so no set of blocked
 * threads proves that nobody ever will.
 */
public final class Condition implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Condition.class, Condition::writeHandle, Condition::readHandle);
    }

    private final ConditionLock lock;
    private final WaiterSlots waiters;
    private final boolean ownsLock;

    private Condition(ConditionLock lock, WaiterSlots waiters, boolean ownsLock) {
        this.lock = lock;
        this.waiters = waiters;
        this.ownsLock = ownsLock;
    }

    /** A condition with a new {@link RLock}, like Python's {@code Condition()}. */
    public static Condition create() {
        return new Condition(new ConditionLock(null, RLock.create()), WaiterSlots.create(), true);
    }

    /** A condition bound to {@code lock}, like Python's {@code Condition(lock)}. */
    public static Condition create(Lock lock) {
        return new Condition(new ConditionLock(lock, null), WaiterSlots.create(), false);
    }

    /** A condition bound to {@code lock}, like Python's {@code Condition(rlock)}. */
    public static Condition create(RLock lock) {
        return new Condition(new ConditionLock(null, lock), WaiterSlots.create(), false);
    }

    private static void writeHandle(Condition condition, WireOutput out) {
        condition.lock.write(out);
        condition.waiters.words().write(out);
    }

    private static Condition readHandle(WireInput in) {
        ConditionLock lock = ConditionLock.read(in);
        return new Condition(lock, new WaiterSlots(SharedWords.read(in)), true);
    }

    /** Acquires the underlying lock. */
    public void acquire() {
        lock.acquire();
    }

    /** Releases the underlying lock. */
    public void release() {
        lock.release();
    }

    /** Acquires the underlying lock for try-with-resources; Python's {@code with cond:}. */
    public Held hold() {
        return lock.hold();
    }

    /** Waits until signalled; the caller must hold the lock, which is released while waiting. */
    public void await() throws InterruptedException {
        await(null);
    }

    /**
     * Waits until signalled or until {@code timeout} (null: no limit) has passed, releasing the
     * lock meanwhile and holding it again on return, whatever the outcome.
     *
     * @return true if signalled, false if the time ran out
     * @throws IllegalMonitorStateException if the calling thread does not hold the lock
     */
    public boolean await(Duration timeout) throws InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        requireHeld("wait on");
        int slot = waiters.enter();
        int holds = lock.releaseAll();
        InterruptedException interrupted = null;
        try {
            waiters.await(slot, deadline);
        } catch (InterruptedException e) {
            interrupted = e;
        }
        lock.reacquire(holds);
        boolean signalled = waiters.isSignalled(slot);
        waiters.leave(slot);
        if (interrupted != null) {
            if (signalled) {
                waiters.signal(1); // pass the signal on rather than lose it
            }
            throw interrupted;
        }
        return signalled;
    }

    /** Waits until {@code predicate} holds; Python's {@code wait_for(predicate)}. */
    public void awaitFor(BooleanSupplier predicate) throws InterruptedException {
        while (!predicate.getAsBoolean()) {
            await(null);
        }
    }

    /**
     * Waits until {@code predicate} holds or {@code timeout} has passed, re-checking it after
     * every signal; Python's {@code wait_for(predicate, timeout)}.
     *
     * @return the predicate's last value
     */
    public boolean awaitFor(BooleanSupplier predicate, Duration timeout) throws InterruptedException {
        if (timeout == null) {
            awaitFor(predicate);
            return true;
        }
        Deadline deadline = Deadline.after(timeout);
        boolean result = predicate.getAsBoolean();
        while (!result) {
            long left = deadline.remainingNanos();
            if (left <= 0) {
                break;
            }
            await(Duration.ofNanos(left));
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** Wakes the longest waiter, if any; Python's {@code notify()}. The caller must hold the lock. */
    public void signal() {
        signal(1);
    }

    /** Wakes up to {@code n} waiters, longest-waiting first; Python's {@code notify(n)}. */
    public void signal(int n) {
        requireHeld("signal");
        waiters.signal(n);
    }

    /** Wakes every waiter; Python's {@code notify_all()}. */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    private void requireHeld(String action) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException("[jmp.sync.not-owner] cannot " + action
                    + " a Condition without holding its lock");
        }
    }

    /** Releases this process's use of the condition's memory, and of its lock if it made it. */
    @Override
    public void close() {
        waiters.words().close();
        if (ownsLock) {
            lock.close();
        }
    }
}
