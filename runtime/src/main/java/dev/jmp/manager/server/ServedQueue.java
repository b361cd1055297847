package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.ValueCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * A queue, Python's {@code queue.Queue} as a manager serves it: FIFO, optionally bounded, and
 * joinable (every item put counts as unfinished until a {@code task_done}). Items removed without
 * being taken ({@code clear}, {@code remove}) count as done.
 */
final class ServedQueue extends ServedObject {

    private final LinkedBlockingDeque<Object> items;
    /** Guarded by {@code this}. */
    private long unfinished;

    ServedQueue(int maxsize) {
        this.items = new LinkedBlockingDeque<>(maxsize <= 0 ? Integer.MAX_VALUE : maxsize);
    }

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        ValueCodec codec = context.codec();
        Op op = Op.of(method);
        switch (op) {
            case OFFER -> {
                Object item = codec.read(in);
                out.writeBoolean(offer(item, in.readLong()));
            }
            case POLL -> {
                long timeout = in.readLong();
                Object item = timeout == Op.FOREVER ? items.takeFirst() : items.pollFirst(timeout, TimeUnit.NANOSECONDS);
                if (out.writePresence(item)) {
                    codec.write(out, item);
                    context.onReplyLost(() -> items.offerFirst(item));
                }
            }
            case PEEK -> {
                Object item = items.peekFirst();
                if (out.writePresence(item)) {
                    codec.write(out, item);
                }
            }
            case SIZE -> out.writeInt(items.size());
            case REMAINING_CAPACITY -> out.writeInt(items.remainingCapacity());
            case SNAPSHOT -> codec.write(out, new ArrayList<>(items));
            case CONTAINS -> out.writeBoolean(items.contains(codec.read(in)));
            case REMOVE_ELEMENT -> {
                boolean removed = items.removeFirstOccurrence(codec.read(in));
                if (removed) {
                    done(1);
                }
                out.writeBoolean(removed);
            }
            case CLEAR -> {
                List<Object> removed = new ArrayList<>();
                items.drainTo(removed);
                done(removed.size());
            }
            case DRAIN -> {
                List<Object> taken = new ArrayList<>();
                items.drainTo(taken, in.readInt());
                codec.writeAll(out, taken);
            }
            case TASK_DONE -> taskDone();
            case JOIN -> out.writeBoolean(join(Deadlines.of(in.readLong())));
            default -> throw new UnsupportedOperationException(op + " is not a method of a queue");
        }
        in.expectEnd();
    }

    private boolean offer(Object item, long timeout) throws InterruptedException {
        if (item == null) {
            throw new NullPointerException("a queue does not hold null");
        }
        synchronized (this) {
            unfinished++; // before the item is visible, so a fast task_done never undercounts
        }
        boolean added = false;
        try {
            if (timeout == Op.FOREVER) {
                items.putLast(item);
                added = true;
            } else {
                added = items.offerLast(item, Math.max(0, timeout), TimeUnit.NANOSECONDS);
            }
        } finally {
            if (!added) {
                done(1);
            }
        }
        return added;
    }

    private synchronized void done(long count) {
        unfinished = Math.max(0, unfinished - count);
        if (unfinished == 0) {
            notifyAll();
        }
    }

    private synchronized void taskDone() {
        if (unfinished <= 0) {
            throw new IllegalStateException("task_done() called more times than there were items in the queue");
        }
        done(1);
    }

    private synchronized boolean join(long deadline) throws InterruptedException {
        while (unfinished > 0) {
            if (!Deadlines.await(this, deadline)) {
                return false;
            }
        }
        return true;
    }
}
