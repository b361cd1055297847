package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A queue, Python's {@code Queue(maxsize)} and {@code JoinableQueue(maxsize)}, with its items in
 * its one entry, so that a put or a take is one step: it happens once even when it is sent again
 * after a member died with it in flight ({@link StepLog}). State: the bound (0 for none), whether
 * it is joinable, the count of unfinished items (raised by a put of a joinable queue, lowered by
 * {@code taskDone()} and by removals), the items. Methods are those of {@code QueueMethods} and
 * {@code JoinableQueueMethods}, by number; a value is answered as present, then its bytes.
 */
final class QueueMachine implements Machine {

    static final QueueMachine INSTANCE = new QueueMachine();

    private int bound;
    private boolean joinable;
    private long unfinished;
    private final ArrayDeque<byte[]> items = new ArrayDeque<>();

    static byte[] initial(int bound, boolean joinable) {
        QueueMachine s = new QueueMachine();
        s.bound = Math.max(0, bound);
        s.joinable = joinable;
        return s.write();
    }

    private byte[] write() {
        int size = 24;
        for (byte[] item : items) {
            size += item.length + 4;
        }
        WireOutput out = new WireOutput(size);
        out.writeInt(bound);
        out.writeBoolean(joinable);
        out.writeLong(unfinished);
        out.writeInt(items.size());
        for (byte[] item : items) {
            out.writeBytes(item);
        }
        return out.toByteArray();
    }

    private static QueueMachine read(byte[] state) {
        WireInput in = new WireInput(state);
        QueueMachine s = new QueueMachine();
        s.bound = in.readInt();
        s.joinable = in.readBoolean();
        s.unfinished = in.readLong();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            s.items.add(in.readBytes());
        }
        return s;
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        QueueMachine s = read(state);
        boolean givingUp = phase == GIVE_UP || phase == ABANDON;
        switch (method) {
            case 0 -> { // offer(item, timeout)
                byte[] item = args.readBytes();
                if (s.bound > 0 && s.items.size() >= s.bound) {
                    return s.unchanged(state, givingUp, reply, false);
                }
                s.items.addLast(item);
                if (s.joinable) {
                    s.unfinished++;
                }
                reply.writeByte(Replies.DONE);
                reply.writeBoolean(true);
                return s.write();
            }
            case 1 -> { // poll(timeout)
                if (s.items.isEmpty()) {
                    return s.unchanged(state, givingUp, reply, false);
                }
                reply.writeByte(Replies.DONE);
                present(reply, s.items.pollFirst());
                return s.write();
            }
            case 2 -> { // peek
                reply.writeByte(Replies.DONE);
                present(reply, s.items.peekFirst());
                return state;
            }
            case 3, 4 -> { // size, remainingCapacity
                reply.writeByte(Replies.DONE);
                reply.writeInt(method == 3 ? s.items.size()
                        : s.bound == 0 ? Integer.MAX_VALUE : s.bound - s.items.size());
                return state;
            }
            case 5 -> { // copy
                reply.writeByte(Replies.DONE);
                values(reply, new ArrayList<>(s.items));
                return state;
            }
            case 6 -> { // contains(item)
                byte[] item = args.readBytes();
                reply.writeByte(Replies.DONE);
                reply.writeBoolean(s.items.stream().anyMatch(i -> Arrays.equals(i, item)));
                return state;
            }
            case 7 -> { // remove(item)
                byte[] item = args.readBytes();
                for (Iterator<byte[]> it = s.items.iterator(); it.hasNext(); ) {
                    if (Arrays.equals(it.next(), item)) {
                        it.remove();
                        s.finished(1);
                        reply.writeByte(Replies.DONE);
                        reply.writeBoolean(true);
                        return s.write();
                    }
                }
                reply.writeByte(Replies.DONE);
                reply.writeBoolean(false);
                return state;
            }
            case 8 -> { // clear
                reply.writeByte(Replies.DONE);
                s.finished(s.items.size());
                s.items.clear();
                return s.write();
            }
            case 9 -> { // drain(max)
                int max = args.readInt();
                List<byte[]> taken = new ArrayList<>();
                while (!s.items.isEmpty() && taken.size() < max) {
                    taken.add(s.items.pollFirst());
                }
                reply.writeByte(Replies.DONE);
                values(reply, taken);
                return taken.isEmpty() ? state : s.write();
            }
            case 10 -> { // taskDone
                if (s.unfinished == 0) {
                    Replies.failed(reply, Replies.ILLEGAL_STATE, "taskDone() called more times than items were put");
                    return state;
                }
                reply.writeByte(Replies.DONE);
                s.unfinished--;
                return s.write();
            }
            default -> { // join(timeout)
                if (s.unfinished == 0 || givingUp) {
                    reply.writeByte(Replies.DONE);
                    reply.writeBoolean(s.unfinished == 0);
                } else {
                    Replies.blocked(reply, new byte[0]);
                }
                return state;
            }
        }
    }

    /** A put to a full queue or a take from an empty one: it waits, or, giving up, answers nothing done. */
    private byte[] unchanged(byte[] state, boolean givingUp, WireOutput reply, boolean result) {
        if (!givingUp) {
            Replies.blocked(reply, new byte[0]);
            return state;
        }
        reply.writeByte(Replies.DONE);
        reply.writeBoolean(result);
        return state;
    }

    private void finished(int count) {
        if (joinable) {
            unfinished = Math.max(0, unfinished - count);
        }
    }

    private static void present(WireOutput reply, byte[] item) {
        reply.writeBoolean(item != null);
        if (item != null) {
            reply.writeBytes(item);
        }
    }

    private static void values(WireOutput reply, List<byte[]> values) {
        reply.writeInt(values.size());
        for (byte[] v : values) {
            reply.writeBytes(v);
        }
    }
}
