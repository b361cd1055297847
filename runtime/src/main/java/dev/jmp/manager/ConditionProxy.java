package dev.jmp.manager;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.Shape;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.function.BooleanSupplier;

/**
 * A condition variable held by a manager; Python's {@code manager.Condition(lock)}, also a
 * {@link java.util.concurrent.locks.Condition}. It has its own lock (a new RLock, or the
 * {@link LockProxy} or {@link RLockProxy} it was made with), which {@link #acquire()},
 * {@link #release()} and {@link #hold()} take; waiting and signalling require holding it.
 *
 * <pre>{@code
 * ConditionProxy changed = manager.condition();
 * try (Acquired held = changed.hold()) {
 *     changed.awaitFor(() -> queueHasWork());
 * }
 * }</pre>
 */
public final class ConditionProxy extends AbstractProxy implements Condition {

    static {
        Proxies.shareable(ConditionProxy.class);
    }

    ConditionProxy(ProxyCore core) {
        super(core);
    }

    private boolean acquire(long nanos) throws InterruptedException {
        return acquired(core.callInterruptibly(ConditionMethods.ACQUIRE, nanos));
    }

    private boolean awaitSignal(long nanos) throws InterruptedException {
        return woke(core.callInterruptibly(ConditionMethods.AWAIT, nanos));
    }

    /**
     * Whether the last acquisition of the condition's lock through this proxy (by
     * {@link #acquire()} or on waking from a wait) took it over from a process that exited or was
     * killed while holding it; see {@link ManagedLockProxy#wasRecovered()}.
     */
    public boolean wasRecovered() {
        return tookOver();
    }

    /** Acquires the condition's lock, waiting as long as it takes. */
    public void acquire() {
        Proxies.uninterruptibly(() -> acquire(Shape.FOREVER));
    }

    /** Acquires the condition's lock, waiting at most {@code timeout} (null: no limit); returns whether it did. */
    public boolean acquire(Duration timeout) throws InterruptedException {
        return acquire(Timeouts.nanos(timeout));
    }

    public void release() {
        core.call(ConditionMethods.RELEASE);
    }

    /** Acquires the lock, and releases it when the returned handle is closed. */
    public Acquired hold() {
        acquire();
        return new Acquired(this::release);
    }

    @Override
    public void await() throws InterruptedException {
        awaitSignal(Shape.FOREVER);
    }

    /** Waits for a signal at most {@code timeout} (null: no limit); returns false when the time ran out. */
    public boolean await(Duration timeout) throws InterruptedException {
        return awaitSignal(Timeouts.nanos(timeout));
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        return awaitSignal(Timeouts.nanos(time, unit));
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        long start = System.nanoTime();
        boolean signalled = awaitSignal(Math.max(0, nanosTimeout));
        long left = nanosTimeout - (System.nanoTime() - start);
        return signalled ? Math.max(1, left) : Math.min(0, left);
    }

    @Override
    public boolean awaitUntil(Date deadline) throws InterruptedException {
        return awaitSignal(TimeUnit.MILLISECONDS.toNanos(Math.max(0, deadline.getTime() - System.currentTimeMillis())));
    }

    @Override
    public void awaitUninterruptibly() {
        Proxies.uninterruptibly(() -> awaitSignal(Shape.FOREVER));
    }

    /** Waits until {@code predicate} holds; Python's {@code wait_for}. The predicate runs here. */
    public void awaitFor(BooleanSupplier predicate) throws InterruptedException {
        while (!predicate.getAsBoolean()) {
            await();
        }
    }

    /**
     * Waits at most {@code timeout} (null: no limit) for {@code predicate}, re-checking it after
     * every signal; Python's {@code wait_for(predicate, timeout)}.
     *
     * @return the predicate's last value
     */
    public boolean awaitFor(BooleanSupplier predicate, Duration timeout) throws InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        if (deadline.isNone()) {
            awaitFor(predicate);
            return true;
        }
        boolean result = predicate.getAsBoolean();
        while (!result && !deadline.hasPassed()) {
            awaitSignal(deadline.remainingNanos());
            result = predicate.getAsBoolean();
        }
        return result;
    }

    @Override
    public void signal() {
        signal(1);
    }

    /** Wakes up to {@code n} waiters; Python's {@code notify(n)}. */
    public void signal(int n) {
        core.call(ConditionMethods.SIGNAL, n);
    }

    @Override
    public void signalAll() {
        core.call(ConditionMethods.SIGNAL_ALL);
    }
}
