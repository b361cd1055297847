package dev.jmp.launch.child;

import dev.jmp.base.Deadline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The JIT warm-up of a child that waits for work: it runs jmp's {@link HotPaths} in rounds of
 * growing size, {@value #OPERATIONS} times in all, so that the task it is given finds jmp's own
 * code compiled. A warm spare does it before it says hello ({@link #beforeHello}), then lets the
 * compiler finish, so that it counts as ready only once it is warm; a cold pool worker does it
 * while it is idle ({@link IdleWarmUp}). Off when the parent says so on the command line
 * ({@value ChildMain#WARM_UP_PROPERTY}{@code =false}).
 *
 * <p>Bounded: rounds stop after {@link #BUDGET}, whatever is left, and the settling after
 * {@link #SETTLE_LIMIT}.
 */
final class ChildWarmUp {

    /** How many times each path runs in all: enough for the JIT's highest tier. */
    static final int OPERATIONS = 12_000;
    static final int FIRST_ROUND = 64;
    static final int LARGEST_ROUND = 2_048;
    /** The longest a warm-up runs; on a loaded machine it stops short rather than delay a spare. */
    static final Duration BUDGET = Duration.ofSeconds(1);
    static final Duration SETTLE_LIMIT = Duration.ofMillis(300);
    private static final long SETTLE_STEP_MILLIS = 10;
    /** CPU time per settle step below which the compiler threads count as done. */
    private static final long QUIET_CPU_NANOS = 2_000_000;

    /** How many times this JVM ran the paths; for tests, which read it in the child. */
    private static volatile int operations;
    private static volatile boolean finished;

    private ChildWarmUp() {}

    /** Whether the parent left the warm-up on. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(ChildMain.WARM_UP_PROPERTY, "true").strip());
    }

    /** A spare's warm-up: all rounds, then the compiler's settling; objects in {@code privateDirectory}. */
    static void beforeHello(Path privateDirectory) {
        if (!enabled()) {
            return;
        }
        HotPaths paths = new HotPaths(privateDirectory);
        Deadline deadline = Deadline.after(BUDGET);
        for (int size = FIRST_ROUND; !finished && !deadline.hasPassed(); size = next(size)) {
            if (!round(paths, size)) {
                return;
            }
        }
        settle();
    }

    /**
     * Runs one round of {@code size}, fewer if the total is nearly reached; returns false when the
     * round failed (a warm-up never fails a child: the task will meet whatever went wrong).
     */
    static boolean round(HotPaths paths, int size) {
        int times = Math.min(size, OPERATIONS - operations);
        try {
            paths.round(times);
        } catch (Throwable t) {
            finished = true;
            return false;
        }
        operations += times;
        finished = operations >= OPERATIONS;
        return true;
    }

    static int next(int size) {
        return Math.min(LARGEST_ROUND, size * 2);
    }

    static boolean finished() {
        return finished;
    }

    static int operations() {
        return operations;
    }

    /** Waits until this process's CPU time stands nearly still: the compiler has compiled what it queued. */
    private static void settle() {
        Deadline deadline = Deadline.after(SETTLE_LIMIT);
        long before = cpuNanos();
        while (!deadline.hasPassed()) {
            try {
                TimeUnit.MILLISECONDS.sleep(SETTLE_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = cpuNanos();
            if (now - before < QUIET_CPU_NANOS) {
                return;
            }
            before = now;
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
