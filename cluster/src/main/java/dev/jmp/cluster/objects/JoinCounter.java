package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A joinable queue's count of unfinished items: raised by a put, lowered by {@code taskDone()}
 * and by removals, waited for by {@code join()}. Methods: 0 add (an int, which may be negative;
 * the count never goes below 0), 1 taskDone, 2 join (a timeout).
 */
final class JoinCounter implements Machine {

    static final JoinCounter INSTANCE = new JoinCounter();
    static final int ADD = 0;
    static final int TASK_DONE = 1;
    static final int JOIN = 2;

    static byte[] state(long unfinished) {
        WireOutput out = new WireOutput(8);
        out.writeLong(unfinished);
        return out.toByteArray();
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        long unfinished = new WireInput(state).readLong();
        switch (method) {
            case ADD -> {
                reply.writeByte(Replies.DONE);
                return state(Math.max(0, unfinished + args.readInt()));
            }
            case TASK_DONE -> {
                if (unfinished == 0) {
                    Replies.failed(reply, Replies.ILLEGAL_STATE, "taskDone() called more times than items were put");
                    return state;
                }
                reply.writeByte(Replies.DONE);
                return state(unfinished - 1);
            }
            default -> {
                if (unfinished == 0 || phase == GIVE_UP || phase == ABANDON) {
                    reply.writeByte(Replies.DONE);
                    reply.writeBoolean(unfinished == 0);
                } else {
                    Replies.blocked(reply, new byte[0]);
                }
                return state;
            }
        }
    }
}
