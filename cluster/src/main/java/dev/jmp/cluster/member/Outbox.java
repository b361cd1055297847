package dev.jmp.cluster.member;

import dev.jmp.cluster.wire.Event;
import dev.jmp.cluster.wire.Events;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one session, numbered, until the driver acknowledges them: a poll that finds none
 * waits for the first, and takes every event there is by then, so that events come one poll each
 * when they are few and many per poll when they are many. An answer lost on the way is sent
 * again, since nothing leaves before it is acknowledged.
 */
final class Outbox {

    /** At most this many events per answer. */
    private static final int MAX_EVENTS = 4096;
    /** At most about this many payload bytes per answer; one event always goes. */
    private static final long MAX_BYTES = 4L << 20;

    private final ArrayDeque<Events.Numbered> queue = new ArrayDeque<>();
    private long last;
    private boolean closed;

    /** Adds {@code event}; dropped once the session is closed. */
    synchronized void add(Event event) {
        if (!closed) {
            queue.add(new Events.Numbered(++last, event));
            notifyAll();
        }
    }

    /**
     * The events after {@code acked}, waiting up to {@code waitMillis} for the first; empty when
     * none came, or the session closed.
     */
    synchronized List<Events.Numbered> take(long acked, long waitMillis) throws InterruptedException {
        while (!queue.isEmpty() && queue.peek().seq() <= acked) {
            queue.poll();
        }
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        long left = waitMillis;
        while (queue.isEmpty() && !closed && left > 0) {
            wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000L;
        }
        List<Events.Numbered> out = new ArrayList<>(Math.min(queue.size(), MAX_EVENTS));
        long bytes = 0;
        for (Events.Numbered n : queue) {
            if (out.size() == MAX_EVENTS || (bytes > MAX_BYTES && !out.isEmpty())) {
                break;
            }
            out.add(n);
            bytes += size(n.event());
        }
        return out;
    }

    synchronized void close() {
        closed = true;
        queue.clear();
        notifyAll();
    }

    private static long size(Event event) {
        long n = 32;
        if (event instanceof Event.Outcomes o) {
            for (var outcome : o.outcomes()) {
                n += outcome.payload().length + 8;
            }
        }
        return n;
    }
}
