package dev.jmp.connection;

import dev.jmp.base.Deadline;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link Connection#wait}: polls every object, backing off from spinning to parking for up to
 * {@link #MAX_PARK_NANOS}, like the waiting of {@code dev.jmp.sync}, since pipe ends live in
 * shared memory and have nothing for the kernel to wait on.
 */
final class ReadyWait {

    private static final int SPINS = 100;
    private static final int YIELDS = 20;
    private static final long FIRST_PARK_NANOS = 20_000L;
    private static final long MAX_PARK_NANOS = 2_000_000L;

    private ReadyWait() {}

    static <T> List<T> await(Collection<? extends T> objects, Duration timeout) throws InterruptedException {
        for (Object object : objects) {
            if (!(object instanceof Connection<?>) && !(object instanceof Future<?>)) {
                throw new IllegalArgumentException("[jmp.connection.not-waitable] cannot wait for a "
                        + (object == null ? "null" : object.getClass().getName())
                        + "; pass Connections and Process sentinels (process.sentinel())");
            }
        }
        Deadline deadline = Deadline.after(timeout);
        long park = FIRST_PARK_NANOS;
        for (int round = 0; ; round++) {
            List<T> ready = new ArrayList<>();
            for (T object : objects) {
                if (isReady(object)) {
                    ready.add(object);
                }
            }
            long left = deadline.remainingNanos();
            if (!ready.isEmpty() || left <= 0) {
                return ready;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (round < SPINS) {
                Thread.onSpinWait();
            } else if (round < SPINS + YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(Math.min(park, left));
                park = Math.min(MAX_PARK_NANOS, park * 2);
            }
        }
    }

    private static boolean isReady(Object object) {
        if (object instanceof Future<?> future) {
            return future.isDone();
        }
        Connection<?> connection = (Connection<?>) object;
        try {
            return connection.isClosed() || connection.poll();
        } catch (IOException | RuntimeException e) {
            return true; // receiving would fail at once, which is not waiting
        }
    }
}
