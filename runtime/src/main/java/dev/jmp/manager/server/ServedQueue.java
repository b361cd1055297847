package dev.jmp.manager.server;

import dev.jmp.manager.core.JoinableQueueMethods;
import dev.jmp.manager.core.QueueMethods;
import java.util.List;

/**
 * A queue, Python's {@code queue.Queue} as a manager serves it: FIFO, optionally bounded, and
 * joinable (every item put counts as unfinished until a {@code task_done}). Items removed without
 * being taken ({@code clear}, {@code remove}) count as done. Items taken for a caller that never
 * gets them go back at the head, in their order, even past the bound.
 */
final class ServedQueue {

    private static final MethodHandlers<ServedQueue> HANDLERS = new MethodHandlers<ServedQueue>()
            .on(QueueMethods.OFFER, (q, a, c) -> q.items.offer(nonNull(a[0]), Deadlines.of((Long) a[1])))
            .on(QueueMethods.POLL, (q, a, c) -> {
                Object item = q.items.poll(Deadlines.of((Long) a[0]));
                if (item != null) {
                    c.onReplyLost(() -> q.items.putBack(List.of(item)));
                }
                return item;
            })
            .on(QueueMethods.PEEK, (q, a, c) -> q.items.peek())
            .on(QueueMethods.SIZE, (q, a, c) -> q.items.size())
            .on(QueueMethods.REMAINING_CAPACITY, (q, a, c) -> q.items.remainingCapacity())
            .on(QueueMethods.COPY, (q, a, c) -> q.items.snapshot())
            .on(QueueMethods.CONTAINS, (q, a, c) -> q.items.contains(a[0]))
            .on(QueueMethods.REMOVE, (q, a, c) -> q.items.remove(a[0]))
            .on(QueueMethods.CLEAR, (q, a, c) -> {
                q.items.clear();
                return null;
            })
            .on(QueueMethods.DRAIN, (q, a, c) -> {
                List<Object> taken = q.items.drain((Integer) a[0]);
                if (!taken.isEmpty()) {
                    c.onReplyLost(() -> q.items.putBack(taken));
                }
                return taken;
            })
            .on(JoinableQueueMethods.TASK_DONE, (q, a, c) -> {
                q.items.taskDone();
                return null;
            })
            .on(JoinableQueueMethods.JOIN, (q, a, c) -> q.items.join(Deadlines.of((Long) a[0])));

    static final ObjectDispatcher QUEUE = HANDLERS.dispatcher(QueueMethods.TABLE, false);
    static final ObjectDispatcher JOINABLE = HANDLERS.dispatcher(JoinableQueueMethods.TABLE, false);

    private final QueueItems items;

    ServedQueue(int maxsize) {
        this.items = new QueueItems(maxsize);
    }

    private static Object nonNull(Object item) {
        if (item == null) {
            throw new NullPointerException("a queue does not hold null");
        }
        return item;
    }
}
