package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.BarrierState;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A barrier for a fixed number of parties in any processes: Python's
 * {@code multiprocessing.Barrier}. Each party calls {@link #await()}; all return together once
 * the last one arrives, and the barrier is ready for another round.
 *
 * <pre>{@code
 * Barrier start = Barrier.create(3, () -> System.out.println("all here"), Duration.ofSeconds(30));
 * int index = start.await();   // 0 for the first to arrive ... parties - 1 for the last
 * }</pre>
 *
 * <p>As in Python, a party that times out, an {@link #abort}, or an action that throws breaks
 * the barrier: every party waiting, and every later {@code await}, gets a
 * {@link BrokenBarrierException} until {@link #reset}. The party whose time ran out gets a
 * {@link TimeoutException} (as with {@link java.util.concurrent.CyclicBarrier}); an interrupted
 * party breaks it too.
 *
 * <p>The action is code, so it does not cross processes: it runs (while all parties wait, in
 * the process of the last party to arrive) if that process gave one, at {@code create} or with
 * {@link #setAction}. Give the same action in every process when parties live in several.
 *
 * <p><b>Deadlocks.</b> A party that blocks in {@link #await()} is recorded for
 * {@link dev.jmp.diagnostics.Deadlocks}, which reports it when the parties still missing are
 * blocked, through locks or semaphores, on the parties already waiting.
 */
public final class Barrier implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Barrier.class, Barrier::writeHandle, Barrier::readHandle);
    }

    private final BarrierState state;
    private final Lock lock;
    private volatile Runnable action;

    private Barrier(BarrierState state, Lock lock, Runnable action) {
        this.state = state;
        this.lock = lock;
        this.action = action;
    }

    /** A barrier for {@code parties} parties, without action or default timeout. */
    public static Barrier create(int parties) {
        return create(parties, null, null);
    }

    /** A barrier that runs {@code action} when the last party arrives. */
    public static Barrier create(int parties, Runnable action) {
        return create(parties, action, null);
    }

    /**
     * Python's {@code Barrier(parties, action, timeout)}: {@code timeout} (null: none) applies to
     * every {@link #await()} without an explicit timeout, in every process.
     */
    public static Barrier create(int parties, Runnable action, Duration timeout) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
        }
        return new Barrier(BarrierState.create(parties, timeout), Lock.create(), action);
    }

    private static void writeHandle(Barrier barrier, WireOutput out) {
        barrier.state.words().write(out);
        SharedObjects.write(out, barrier.lock);
    }

    private static Barrier readHandle(WireInput in) {
        BarrierState state = new BarrierState(SharedWords.read(in));
        return new Barrier(state, SharedObjects.read(in, Lock.class), null);
    }

    /** Sets the action this process runs when its party is the last to arrive. */
    public void setAction(Runnable action) {
        this.action = action;
    }

    /** Waits for all parties, for the barrier's default timeout if it has one. */
    public int await() throws InterruptedException, BrokenBarrierException, TimeoutException {
        return await(state.defaultTimeout());
    }

    /**
     * Waits for all parties, at most {@code timeout} (null: no limit).
     *
     * @return the arrival index: 0 for the first party, {@code parties() - 1} for the last
     * @throws BrokenBarrierException if the barrier is or becomes broken while waiting
     * @throws TimeoutException if the time ran out; the barrier is then broken for everyone
     */
    public int await(Duration timeout) throws InterruptedException, BrokenBarrierException, TimeoutException {
        Deadline deadline = Deadline.after(timeout);
        long generation;
        int index;
        try (Held held = lock.hold()) {
            generation = state.arrive();
            index = state.arrived() - 1;
            if (index + 1 == state.parties()) {
                trip(generation);
                return index;
            }
        }
        try {
            while (!state.awaitRound(generation, deadline)) {
                breakIfCurrent(generation);
                if (state.isCurrent(generation) || !state.completed(generation)) {
                    throw new TimeoutException("barrier timed out after " + timeout);
                }
            }
        } catch (InterruptedException e) {
            breakIfCurrent(generation);
            throw e;
        }
        if (!state.completed(generation)) {
            throw new BrokenBarrierException();
        }
        return index;
    }

    private void trip(long generation) {
        Runnable run = action;
        if (run != null) {
            try {
                run.run();
            } catch (RuntimeException | Error e) {
                state.breakGeneration(generation);
                throw e;
            }
        }
        state.complete(generation);
    }

    private void breakIfCurrent(long generation) {
        try (Held held = lock.hold()) {
            if (state.isCurrent(generation)) {
                state.breakGeneration(generation);
            }
        }
    }

    /** Breaks the barrier: waiting and later parties get {@link BrokenBarrierException}. */
    public void abort() {
        try (Held held = lock.hold()) {
            state.breakGeneration(state.generation());
        }
    }

    /** Returns the barrier to its initial state; parties waiting now get {@link BrokenBarrierException}. */
    public void reset() {
        try (Held held = lock.hold()) {
            state.startNext(state.generation());
        }
    }

    public int parties() {
        return state.parties();
    }

    /** Parties waiting now; Python's {@code n_waiting}. */
    public int numberWaiting() {
        return state.isBroken() ? 0 : state.arrived();
    }

    public boolean isBroken() {
        return state.isBroken();
    }

    /** Releases this process's use of the barrier's memory. */
    @Override
    public void close() {
        state.words().close();
        lock.close();
    }
}
