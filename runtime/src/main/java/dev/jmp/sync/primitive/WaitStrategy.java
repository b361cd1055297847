package dev.jmp.sync.primitive;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;

/**
 * How a thread waits for a word of shared memory to change. Every blocking primitive waits
 * through this one interface (by way of {@link WaitLoop}), so a kernel-assisted strategy (a futex
 * on Linux) can replace the default {@link BackoffWaitStrategy} without touching the primitives.
 *
 * <p>Callers loop: read the word, decide, and if they must wait, call {@link #pause} with what
 * they read. A strategy may return early for any reason; callers always re-check. Whoever
 * changes a word that others may wait on calls {@link #wake}.
 */
interface WaitStrategy {

    /**
     * Waits a while, or not at all if {@code words[index]} no longer equals {@code observed}.
     *
     * @param round how many times this wait has paused before, so the strategy can back off
     */
    void pause(SharedWords words, int index, long observed, int round, Deadline deadline);

    /** Tells waiters of {@code words[index]} that it changed. */
    void wake(SharedWords words, int index);
}
