package dev.jmp.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, never for a bare time. */
final class Await {

    static final Duration LIMIT = Duration.ofSeconds(60);

    private Await() {}

    /** Whether {@code condition} held within {@link #LIMIT}. */
    static boolean until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Whether process {@code pid} is gone. */
    static boolean gone(long pid) {
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
