package dev.jmp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wait on a process's exit future: a timeout says false, a completion true, before or during
 * the wait; a negative wait has no limit, a zero one only looks; an interrupt ends it.
 */
class FutureWaitTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void aTimedWaitOnAFutureNobodyCompletesSaysFalse() throws InterruptedException {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        assertFalse(FutureWait.await(exit, 20));
        assertFalse(exit.isDone());
    }

    @Test
    void aZeroWaitOnlyLooks() throws InterruptedException {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        assertFalse(FutureWait.await(exit, 0));
        exit.complete(0);
        assertTrue(FutureWait.await(exit, 0));
    }

    @Test
    void aCompletedFutureSaysTrueForAnyWait() throws InterruptedException {
        CompletableFuture<Integer> exit = CompletableFuture.completedFuture(3);
        assertTrue(FutureWait.await(exit, -1));
        assertTrue(FutureWait.await(exit, 0));
        assertTrue(FutureWait.await(exit, 10));
    }

    /** A negative wait is untimed: taken for zero, it would have returned false instead of blocking. */
    @ParameterizedTest
    @ValueSource(longs = {-1, 600_000})
    void aWaitEndsWhenTheFutureCompletesDuringIt(long millis) throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Waiter waiter = Waiter.blockedOn(exit, millis);
        exit.complete(0);
        assertEquals(Boolean.TRUE, waiter.outcome());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 600_000})
    void anInterruptEndsTheWait(long millis) throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Waiter waiter = Waiter.blockedOn(exit, millis);
        waiter.thread.interrupt();
        assertInstanceOf(InterruptedException.class, waiter.outcome());
        assertFalse(exit.isDone());
    }

    @Test
    void aWaiterAlreadyInterruptedDoesNotWait() {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> FutureWait.await(exit, -1));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFutureCompletedExceptionallyIsABrokenContract() {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        RuntimeException cause = new RuntimeException("lost");
        exit.completeExceptionally(cause);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FutureWait.await(exit, 10));
        assertSame(cause, e.getCause());
    }

    /** A thread that waits on a future and keeps what the wait returned or threw. */
    private static final class Waiter {
        final Thread thread;
        final CompletableFuture<Object> outcome = new CompletableFuture<>();
        /** How the waiter's thread blocks in the wait, and only there. */
        final Thread.State blocked;

        private Waiter(CompletableFuture<Integer> exit, long millis) {
            blocked = millis < 0 ? Thread.State.WAITING : Thread.State.TIMED_WAITING;
            thread = new Thread(() -> {
                try {
                    outcome.complete(FutureWait.await(exit, millis));
                } catch (Throwable t) {
                    outcome.complete(t);
                }
            }, "future-waiter");
            thread.setDaemon(true);
        }

        /** A waiter started on {@code exit}, once it blocks in the wait. */
        static Waiter blockedOn(CompletableFuture<Integer> exit, long millis) throws InterruptedException {
            Waiter waiter = new Waiter(exit, millis);
            waiter.thread.start();
            assertTrue(Deadline.await(LIMIT, () -> waiter.thread.getState() == waiter.blocked || waiter.outcome.isDone()),
                    "the waiter never blocked");
            assertFalse(waiter.outcome.isDone(), () -> "the wait ended before the future did: "
                    + waiter.outcome.getNow(null));
            return waiter;
        }

        Object outcome() throws Exception {
            return outcome.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
