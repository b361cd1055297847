package dev.jmp.manager;

import dev.jmp.manager.core.BarrierMethods;
import dev.jmp.manager.core.ProxyCore;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A barrier held by a manager; Python's {@code manager.Barrier(parties, timeout=...)}. Each party
 * calls {@link #await()}; all return together once the last one arrives. A party that times out,
 * or {@link #abort()}, breaks it: waiting and later parties get {@link BrokenBarrierException}
 * until {@link #reset()}. Python's {@code action} is a {@code @ProcessTask} task that the
 * manager's server runs when the last party arrives
 * ({@link SyncManager#barrier(int, dev.jmp.Task, Duration)}).
 *
 * <pre>{@code
 * BarrierProxy start = manager.barrier(3);
 * int index = start.await();   // 0 for the first to arrive
 * }</pre>
 */
public final class BarrierProxy extends AbstractProxy {

    static {
        Proxies.shareable(BarrierProxy.class);
    }

    BarrierProxy(ProxyCore core) {
        super(core);
    }

    /** Waits for every party, for the barrier's default timeout if it has one. */
    public int await() throws InterruptedException, BrokenBarrierException, TimeoutException {
        return await(null);
    }

    /**
     * Waits for every party at most {@code timeout} (null: the barrier's default).
     *
     * @return the arrival index: 0 for the first party, {@code parties() - 1} for the last
     */
    public int await(Duration timeout) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return core.callInterruptibly(BarrierMethods.AWAIT, Timeouts.nanos(timeout));
    }

    /** Breaks the barrier until {@link #reset()}. */
    public void abort() {
        core.call(BarrierMethods.ABORT);
    }

    /** Back to the initial state; parties waiting now get {@link BrokenBarrierException}. */
    public void reset() {
        core.call(BarrierMethods.RESET);
    }

    public int parties() {
        return core.call(BarrierMethods.PARTIES);
    }

    /** Parties waiting now; Python's {@code n_waiting}. */
    public int numberWaiting() {
        return core.call(BarrierMethods.WAITING);
    }

    public boolean isBroken() {
        return core.call(BarrierMethods.BROKEN);
    }
}
