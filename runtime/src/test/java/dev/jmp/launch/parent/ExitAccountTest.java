package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.link.Exiting;
import dev.jmp.link.Goodbye;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The race {@link ExitAccount#awaitLastFrames} closes, played in order: the child's death is seen
 * (the waiting thread) before the channel's reader has read what the child said last.
 */
class ExitAccountTest {

    /** {@code System.exit(143)}'s raw status, which SIGTERM's death also gives. */
    private static final int RAW_143 = 143;

    @Test
    void aDeathSeenBeforeTheChildsLastFrameWaitsForItSoAnAnnouncedExitStaysAnExitCode() throws Exception {
        ExitAccount account = new ExitAccount();
        AtomicInteger code = new AtomicInteger(Integer.MIN_VALUE);
        Thread joiner = new Thread(() -> {
            account.awaitLastFrames(true);
            code.set(account.exitCode(RAW_143));
        });
        joiner.start();
        awaitTimedWaiting(joiner); // the death is seen; the announcement is still in the channel

        account.heard(new Exiting(0));
        account.channelClosed();
        joiner.join(10_000);

        assertFalse(joiner.isAlive());
        assertEquals(143, code.get(), "System.exit(143), announced, read after the death was seen");
    }

    @Test
    void aSignalTheChildAnnouncedIsASignalOnceItsChannelEnded() {
        ExitAccount account = new ExitAccount();
        account.heard(new Goodbye(0));
        account.heard(new Exiting(15));
        account.channelClosed();

        account.awaitLastFrames(true); // ended: returns at once

        assertTrue(account.channelEnded());
        assertEquals(-15, account.exitCode(RAW_143), "SIGTERM from an outsider ran its hooks");
        assertFalse(account.unaccounted());
    }

    @Test
    void aChildThatNeverConnectedHasNoFramesToWaitFor() {
        ExitAccount account = new ExitAccount();

        account.awaitLastFrames(false); // returns at once: the channel never carried anything

        assertFalse(account.channelEnded());
        assertEquals(-15, account.exitCode(RAW_143), "unannounced: a signal");
        assertTrue(account.unaccounted());
    }

    @Test
    void anInterruptedWaitCountsWhatWasReadAndKeepsTheInterrupt() throws Exception {
        ExitAccount account = new ExitAccount();
        AtomicInteger code = new AtomicInteger(Integer.MIN_VALUE);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread joiner = new Thread(() -> {
            account.awaitLastFrames(true);
            stillInterrupted.set(Thread.currentThread().isInterrupted());
            code.set(account.exitCode(RAW_143));
        });
        joiner.start();
        awaitTimedWaiting(joiner);

        joiner.interrupt();
        joiner.join(10_000);

        assertFalse(joiner.isAlive());
        assertTrue(stillInterrupted.get(), "the interrupt is the caller's to see");
        assertEquals(-15, code.get(), "nothing was heard: the status is a signal's");
    }

    @Test
    void theSignalTheParentSentDecidesWhenTheChildSaidNothing() {
        ExitAccount account = new ExitAccount();
        account.sent(9);
        account.channelClosed();

        assertEquals(-9, account.exitCode(137));
        assertFalse(account.unaccounted());
    }

    /** Until {@code thread} waits with a timeout (in {@code awaitLastFrames}), or 10 s. */
    private static void awaitTimedWaiting(Thread thread) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            if (!thread.isAlive() || System.nanoTime() - deadline > 0) {
                throw new AssertionError("the thread never waited for the last frames: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }
}
