package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.SemaphoreMethods;

/** A semaphore; a bounded one refuses to be released above its initial value. */
final class ServedSemaphore {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedSemaphore>()
            .on(SemaphoreMethods.ACQUIRE, (s, a, c) -> {
                boolean acquired = s.acquire(Deadlines.of((Long) a[0]));
                if (acquired) {
                    c.onReplyLost(s::release);
                }
                return acquired;
            })
            .on(SemaphoreMethods.RELEASE, (s, a, c) -> {
                s.release();
                return null;
            })
            .on(SemaphoreMethods.AVAILABLE, (s, a, c) -> s.available())
            .dispatcher(SemaphoreMethods.TABLE, false);

    private final int initial;
    private final boolean bounded;
    private int permits;

    ServedSemaphore(int initial, boolean bounded) {
        if (initial < 0) {
            throw new IllegalArgumentException("a semaphore's initial value must be >= 0, not " + initial);
        }
        this.initial = initial;
        this.bounded = bounded;
        this.permits = initial;
    }

    private synchronized boolean acquire(Deadline deadline) throws InterruptedException {
        while (permits == 0) {
            if (!deadline.waitOn(this)) {
                return false;
            }
        }
        permits--;
        return true;
    }

    private synchronized void release() {
        if (bounded && permits >= initial) {
            throw new IllegalStateException("a BoundedSemaphore released more times than it was acquired");
        }
        permits++;
        notify();
    }

    private synchronized int available() {
        return permits;
    }
}
