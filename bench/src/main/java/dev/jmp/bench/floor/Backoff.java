package dev.jmp.bench.floor;

import java.util.concurrent.locks.LockSupport;

/**
 * One wait for a word of shared memory to change, as the runtime waits for its locks, events and
 * rings (its {@code BackoffWaitStrategy}): 100 spins, 40 yields, then parks that start at 20 µs
 * and grow to 10 ms. A floor that waited differently would measure another mechanism. A wait
 * that sees no change for two minutes fails, so that a child whose parent died does not spin on.
 */
final class Backoff {

    private static final int SPINS = 100;
    private static final int ACTIVE = SPINS + 40;
    private static final long FIRST_PARK_NANOS = 20_000L;
    private static final long MAX_PARK_NANOS = 10_000_000L;
    private static final long PATIENCE_NANOS = 120_000_000_000L;

    private int round;
    private long parkingSince;

    /** Pauses once; the caller loops while the word it waits for is unchanged. */
    void pause() {
        if (round < SPINS) {
            Thread.onSpinWait();
        } else if (round < ACTIVE) {
            Thread.yield();
        } else {
            int parked = Math.min(round - ACTIVE, 64);
            long base = FIRST_PARK_NANOS << (parked / 4);
            LockSupport.parkNanos(Math.min(MAX_PARK_NANOS, base + (base >> 2) * (parked % 4)));
            long now = System.nanoTime();
            if (parkingSince == 0) {
                parkingSince = now;
            } else if (now - parkingSince > PATIENCE_NANOS) {
                throw new IllegalStateException("a shared word did not change within 120 s");
            }
        }
        round++;
    }
}
