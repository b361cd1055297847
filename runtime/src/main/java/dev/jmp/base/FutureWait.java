package dev.jmp.base;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The wait of {@code Process.join(timeout)} on a future that completes when a process ends: a
 * thread's process, a cluster member's child, a process known by its pid. Such a future is only
 * ever completed normally, with the exit; nothing is thrown to tell the waiter it ended.
 */
public final class FutureWait {

    private FutureWait() {
    }

    /**
     * Waits up to {@code millis} for {@code future} to complete (negative: for as long as it
     * takes; zero: only looks); returns whether it did. A future completed exceptionally breaks
     * the contract above and is thrown as an {@link IllegalStateException} with its cause.
     */
    public static boolean await(Future<?> future, long millis) throws InterruptedException {
        try {
            if (millis < 0) {
                future.get();
            } else {
                future.get(millis, TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
