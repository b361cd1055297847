package dev.jmp.sync;

import dev.jmp.internal.SharedObjects;
import dev.jmp.memory.SharedWords;

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
        SharedObjects.register(BoundedSemaphore.class, (s, out) -> s.words.write(out),
                in -> new BoundedSemaphore(SharedWords.read(in)));
    }

    private BoundedSemaphore(SharedWords words) {
        super(words);
    }

    /** A bounded semaphore with {@code value} permits; Python's {@code BoundedSemaphore(value)}. */
    public static BoundedSemaphore create(int value) {
        return new BoundedSemaphore(newWords(value, true));
    }
}
