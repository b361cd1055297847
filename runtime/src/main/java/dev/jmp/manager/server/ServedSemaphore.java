package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/** A semaphore; a bounded one refuses to be released above its initial value. */
final class ServedSemaphore extends ServedObject {

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

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        Op op = Op.of(method);
        switch (op) {
            case ACQUIRE -> {
                Deadline deadline = Deadlines.of(in.readLong());
                in.expectEnd();
                boolean acquired = acquire(deadline);
                out.writeBoolean(acquired);
                if (acquired) {
                    context.onReplyLost(this::release);
                }
            }
            case RELEASE -> {
                in.expectEnd();
                release();
            }
            case AVAILABLE -> {
                in.expectEnd();
                out.writeInt(available());
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of a semaphore");
        }
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
