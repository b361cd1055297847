package dev.jmp.sync;

import dev.jmp.shm.LongArray;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;

/**
 * A {@link Barrier}'s shared state. Every change is made under the barrier's lock; waiters only
 * read {@link #GENERATION}, which holds {@code generation << 1 | broken}. A waiter that sees the
 * generation move on learns from {@link #COMPLETED} whether its round completed or was reset:
 * bit {@code g % 64} is set when round {@code g} completes and cleared when round {@code g}
 * starts, so the answer holds while fewer than 64 rounds pass under a sleeping waiter. The
 * deadlock detector ({@code dev.jmp.diagnostics}) reads {@link #GENERATION}, {@link #ARRIVED}
 * and {@link #PARTIES} by their positions.
 */
final class BarrierState {

    static final int GENERATION = 0;
    private static final int ARRIVED = 1;
    private static final int COMPLETED = 2;
    private static final int PARTIES = 3;
    private static final int DEFAULT_TIMEOUT = 4;
    private static final long BROKEN = 1;

    private final LongArray words;

    BarrierState(LongArray words) {
        this.words = words;
    }

    static BarrierState create(int parties, Duration defaultTimeout) {
        LongArray words = LongArray.createRaw(5);
        words.set(PARTIES, parties);
        words.set(DEFAULT_TIMEOUT, defaultTimeout == null ? -1 : Math.max(0, defaultTimeout.toNanos()));
        return new BarrierState(words);
    }

    LongArray words() {
        return words;
    }

    int parties() {
        return (int) words.get(PARTIES);
    }

    Duration defaultTimeout() {
        long nanos = words.get(DEFAULT_TIMEOUT);
        return nanos < 0 ? null : Duration.ofNanos(nanos);
    }

    long generationWord() {
        return words.get(GENERATION);
    }

    long generation() {
        return generationWord() >>> 1;
    }

    boolean isBroken() {
        return (generationWord() & BROKEN) != 0;
    }

    /** Whether round {@code generation} is still filling: neither over nor broken. */
    boolean isCurrent(long generation) {
        return generationWord() == generation << 1;
    }

    /** Counts the caller in; returns the round it joined. */
    long arrive() throws BrokenBarrierException {
        if (isBroken()) {
            throw new BrokenBarrierException();
        }
        words.set(ARRIVED, words.get(ARRIVED) + 1);
        return generation();
    }

    int arrived() {
        return (int) words.get(ARRIVED);
    }

    boolean completed(long generation) {
        return (words.get(COMPLETED) & bit(generation)) != 0;
    }

    void complete(long generation) {
        words.set(COMPLETED, words.get(COMPLETED) | bit(generation));
        startNext(generation);
    }

    void breakGeneration(long generation) {
        words.set(GENERATION, generation << 1 | BROKEN);
        WaitLoop.STRATEGY.wake(words, GENERATION);
    }

    void startNext(long generation) {
        words.set(COMPLETED, words.get(COMPLETED) & ~bit(generation + 1));
        words.set(ARRIVED, 0);
        words.set(GENERATION, (generation + 1) << 1);
        WaitLoop.STRATEGY.wake(words, GENERATION);
    }

    private static long bit(long generation) {
        return 1L << (generation & 63);
    }
}
