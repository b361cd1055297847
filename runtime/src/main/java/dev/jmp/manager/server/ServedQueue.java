package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.ValueCodec;
import java.util.List;

/**
 * A queue, Python's {@code queue.Queue} as a manager serves it: FIFO, optionally bounded, and
 * joinable (every item put counts as unfinished until a {@code task_done}). Items removed without
 * being taken ({@code clear}, {@code remove}) count as done. Items taken for a caller that never
 * gets them go back at the head, in their order, even past the bound.
 */
final class ServedQueue extends ServedObject {

    private final QueueItems items;

    ServedQueue(int maxsize) {
        this.items = new QueueItems(maxsize);
    }

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws InterruptedException {
        ValueCodec codec = context.codec();
        Op op = Op.of(method);
        switch (op) {
            case OFFER -> {
                Object item = codec.read(in);
                if (item == null) {
                    throw new NullPointerException("a queue does not hold null");
                }
                out.writeBoolean(items.offer(item, Deadlines.of(in.readLong())));
            }
            case POLL -> {
                Object item = items.poll(Deadlines.of(in.readLong()));
                if (out.writePresence(item)) {
                    context.onReplyLost(() -> items.putBack(List.of(item)));
                    codec.write(out, item);
                }
            }
            case PEEK -> {
                Object item = items.peek();
                if (out.writePresence(item)) {
                    codec.write(out, item);
                }
            }
            case SIZE -> out.writeInt(items.size());
            case REMAINING_CAPACITY -> out.writeInt(items.remainingCapacity());
            case SNAPSHOT -> codec.write(out, items.snapshot());
            case CONTAINS -> out.writeBoolean(items.contains(codec.read(in)));
            case REMOVE_ELEMENT -> out.writeBoolean(items.remove(codec.read(in)));
            case CLEAR -> items.clear();
            case DRAIN -> {
                List<Object> taken = items.drain(in.readInt());
                if (!taken.isEmpty()) {
                    context.onReplyLost(() -> items.putBack(taken));
                }
                codec.writeAll(out, taken);
            }
            case TASK_DONE -> items.taskDone();
            case JOIN -> out.writeBoolean(items.join(Deadlines.of(in.readLong())));
            default -> throw new UnsupportedOperationException(op + " is not a method of a queue");
        }
        in.expectEnd();
    }
}
