package dev.jmp.sync.primitive;

import static dev.jmp.sync.primitive.BarrierLayout.ARRIVED;
import static dev.jmp.sync.primitive.BarrierLayout.BROKEN;
import static dev.jmp.sync.primitive.BarrierLayout.COMPLETED;
import static dev.jmp.sync.primitive.BarrierLayout.DEFAULT_TIMEOUT;
import static dev.jmp.sync.primitive.BarrierLayout.GENERATION;
import static dev.jmp.sync.primitive.BarrierLayout.PARTIES;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;

/**
 * A {@code Barrier}'s shared state ({@link BarrierLayout}). Every change is made under the
 * barrier's lock; waiters only read {@link BarrierLayout#GENERATION}, which holds
 * {@code generation << 1 | broken}. A waiter that sees the generation move on learns from
 * {@link BarrierLayout#COMPLETED} whether its round completed or was reset: bit {@code g % 64} is
 * set when round {@code g} completes and cleared when round {@code g} starts, so the answer holds
 * while fewer than 64 rounds pass under a sleeping waiter.
 */
public final class BarrierState {

    private final SharedWords words;
    private final WaitRecorder recorder;

    public BarrierState(SharedWords words) {
        this.words = words;
        this.recorder = new WaitRecorder(words, GENERATION, "Barrier");
    }

    /** The state of a new barrier for {@code parties}, whose {@code await()} waits {@code defaultTimeout} (null: no limit). */
    public static BarrierState create(int parties, Duration defaultTimeout) {
        SharedWords words = SharedWords.allocate(BarrierLayout.WORDS);
        words.setVolatile(PARTIES, parties);
        words.setVolatile(DEFAULT_TIMEOUT, defaultTimeout == null ? -1 : Math.max(0, defaultTimeout.toNanos()));
        return new BarrierState(words);
    }

    public SharedWords words() {
        return words;
    }

    public int parties() {
        return (int) words.getVolatile(PARTIES);
    }

    public Duration defaultTimeout() {
        long nanos = words.getVolatile(DEFAULT_TIMEOUT);
        return nanos < 0 ? null : Duration.ofNanos(nanos);
    }

    private long generationWord() {
        return words.getVolatile(GENERATION);
    }

    public long generation() {
        return generationWord() >>> 1;
    }

    public boolean isBroken() {
        return (generationWord() & BROKEN) != 0;
    }

    /** Whether round {@code generation} is still filling: neither over nor broken. */
    public boolean isCurrent(long generation) {
        return generationWord() == generation << 1;
    }

    /**
     * Waits (interruptibly) while round {@code generation} is current, recording the wait for the
     * deadlock detector once it parks. Returns false if the deadline passed first.
     */
    public boolean awaitRound(long generation, Deadline deadline) throws InterruptedException {
        WaitLoop loop = new WaitLoop(deadline, true);
        RecordedWait waiting = null;
        try {
            while (isCurrent(generation)) {
                if (waiting == null && loop.isParking()) {
                    waiting = recorder.enter(!deadline.isNone());
                }
                if (!loop.pause(words, GENERATION, generationWord())) {
                    return false;
                }
            }
            return true;
        } finally {
            WaitRecorder.leave(waiting);
        }
    }

    /** Counts the caller in; returns the round it joined. */
    public long arrive() throws BrokenBarrierException {
        if (isBroken()) {
            throw new BrokenBarrierException();
        }
        words.setVolatile(ARRIVED, words.getVolatile(ARRIVED) + 1);
        return generation();
    }

    public int arrived() {
        return (int) words.getVolatile(ARRIVED);
    }

    public boolean completed(long generation) {
        return (words.getVolatile(COMPLETED) & bit(generation)) != 0;
    }

    public void complete(long generation) {
        words.setVolatile(COMPLETED, words.getVolatile(COMPLETED) | bit(generation));
        startNext(generation);
    }

    public void breakGeneration(long generation) {
        words.setVolatile(GENERATION, generation << 1 | BROKEN);
        WaitLoop.wake(words, GENERATION);
    }

    public void startNext(long generation) {
        words.setVolatile(COMPLETED, words.getVolatile(COMPLETED) & ~bit(generation + 1));
        words.setVolatile(ARRIVED, 0);
        words.setVolatile(GENERATION, (generation + 1) << 1);
        WaitLoop.wake(words, GENERATION);
    }

    private static long bit(long generation) {
        return 1L << (generation & 63);
    }
}
