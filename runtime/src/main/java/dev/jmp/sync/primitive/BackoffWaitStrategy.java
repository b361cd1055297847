package dev.jmp.sync.primitive;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting without any help from the kernel: spin briefly (a hand-off between two busy processes
 * then costs about a microsecond), then yield the processor, then park for a time that starts at
 * 20 µs and doubles every four rounds up to {@link #MAX_PARK_NANOS}. A parked waiter so notices a
 * change after roughly a seventh of the time it has already waited, and never later than 10 ms;
 * a waiter idle for long wakes a hundred times a second, which costs well under 1% of a core
 * even where a timed park costs 40 µs of CPU (as on small virtual machines).
 */
final class BackoffWaitStrategy implements WaitStrategy {

    static final int SPIN_ROUNDS = 100;
    static final int YIELD_ROUNDS = 40;
    static final long FIRST_PARK_NANOS = 20_000L;
    static final long MAX_PARK_NANOS = 10_000_000L;

    /** Rounds spent spinning and yielding; a waiter past them is parking. */
    static final int ACTIVE_ROUNDS = SPIN_ROUNDS + YIELD_ROUNDS;

    @Override
    public void pause(SharedWords words, int index, long observed, int round, Deadline deadline) {
        if (words.getVolatile(index) != observed) {
            return;
        }
        if (round < SPIN_ROUNDS) {
            Thread.onSpinWait();
        } else if (round < ACTIVE_ROUNDS) {
            Thread.yield();
        } else {
            int parked = Math.min(round - ACTIVE_ROUNDS, 64);
            long base = FIRST_PARK_NANOS << (parked / 4);
            long park = Math.min(MAX_PARK_NANOS, base + (base >> 2) * (parked % 4));
            park = Math.min(park, deadline.remainingNanos());
            if (park > 0) {
                LockSupport.parkNanos(this, park);
            }
        }
    }

    @Override
    public void wake(SharedWords words, int index) {
        // Waiters poll; there is no one to tell.
    }
}
