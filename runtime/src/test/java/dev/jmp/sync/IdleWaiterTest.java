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
    void aThreadBlockedOnAnEventSleepsInsteadOfSpinning() throws InterruptedException {
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
        // A spinning waiter takes a whole core and one polling every millisecond several percent;
        // a blocked one wakes only for its periodic re-check, well under 1 % on a quiet machine.
        // The bound leaves room for the dearer wake-ups of a machine whose cores other builds keep
        // busy (measured there: up to 1.2 %), so it tells blocking from spinning, not the load.
        assertTrue(percent < 5.0, "an idle waiter used " + percent + "% of a core: it spins or polls");
    }
}
