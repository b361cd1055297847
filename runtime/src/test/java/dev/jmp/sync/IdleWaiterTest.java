package dev.jmp.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class IdleWaiterTest {

    @Test
    void aThreadBlockedOnAnEventUsesUnderOnePercentOfACore() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Duration idle = Duration.ofSeconds(3);
        AtomicLong cpuNanos = new AtomicLong();
        AtomicBoolean set = new AtomicBoolean(true);
        try (Event never = Event.create()) {
            Thread waiter = Timing.inThread(() -> {
                never.await(Duration.ofMillis(1)); // past class loading and first calls
                long before = threads.getCurrentThreadCpuTime();
                set.set(never.await(idle));
                cpuNanos.set(threads.getCurrentThreadCpuTime() - before);
            });
            waiter.join(idle.toMillis() + 20_000);
        }
        assertFalse(set.get());
        double percent = 100.0 * cpuNanos.get() / idle.toNanos();
        System.out.printf("idle waiter: %.3f%% of a core (%d us CPU in %s)%n", percent, cpuNanos.get() / 1000, idle);
        assertTrue(percent < 1.0, "an idle waiter used " + percent + "% of a core");
    }
}
