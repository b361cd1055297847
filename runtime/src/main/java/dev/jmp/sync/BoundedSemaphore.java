package dev.jmp.sync;

import dev.jmp.internal.SharedObjects;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.SemaphoreState;

/**
 * A {@link Semaphore} that may never hold more permits than it started with: Python's
 * {@code multiprocessing.BoundedSemaphore}. A release that would exceed the initial value throws
 * {@link IllegalStateException} (Python raises {@code ValueError}); it usually means a permit
 * was released twice.
 *
 * <pre>{@code
 * BoundedSemaphore pool = BoundedSemaphore.create(3);
 * pool.acquire();
 * pool.release();
 * pool.release();   // IllegalStateException: released too many times
 * }</pre>
 */
public final class BoundedSemaphore extends Semaphore {

    static {
        SharedObjects.register(BoundedSemaphore.class, (s, out) -> s.state.words().write(out),
                in -> new BoundedSemaphore(new SemaphoreState(SharedWords.read(in))));
    }

    private BoundedSemaphore(SemaphoreState state) {
        super(state);
    }

    /** A bounded semaphore with {@code value} permits; Python's {@code BoundedSemaphore(value)}. */
    public static BoundedSemaphore create(int value) {
        return new BoundedSemaphore(SemaphoreState.create(value, true));
    }
}
