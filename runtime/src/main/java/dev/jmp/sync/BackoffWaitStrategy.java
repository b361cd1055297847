package dev.jmp.sync;

import dev.jmp.shm.LongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting without any help from the kernel: spin briefly (a hand-off between two busy processes
 * then costs about a microsecond), then yield the processor, then park with a sleep that doubles
 * up to {@link #MAX_PARK_NANOS}. That ceiling bounds both the latency of waking an idle waiter
 * and the CPU an idle waiter burns (about a thousand cheap wake-ups a second).
 */
final class BackoffWaitStrategy implements WaitStrategy {

    static final int SPIN_ROUNDS = 100;
    static final int YIELD_ROUNDS = 40;
    static final long FIRST_PARK_NANOS = 20_000L;
    static final long MAX_PARK_NANOS = 1_000_000L;

    /** Rounds spent spinning and yielding; a waiter past them is parking. */
    static final int ACTIVE_ROUNDS = SPIN_ROUNDS + YIELD_ROUNDS;

    @Override
    public void pause(LongArray words, int index, long observed, int round, long deadline) {
        if (words.get(index) != observed) {
            return;
        }
        if (round < SPIN_ROUNDS) {
            Thread.onSpinWait();
        } else if (round < ACTIVE_ROUNDS) {
            Thread.yield();
        } else {
            int doublings = Math.min(round - ACTIVE_ROUNDS, 16);
            long park = Math.min(MAX_PARK_NANOS, FIRST_PARK_NANOS << doublings);
            if (deadline != WaitLoop.NO_DEADLINE) {
                park = Math.min(park, deadline - System.nanoTime());
            }
            if (park > 0) {
                LockSupport.parkNanos(this, park);
            }
        }
    }

    @Override
    public void wake(LongArray words, int index) {
        // Waiters poll; there is no one to tell.
    }
}
