package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A semaphore, Python's {@code Semaphore(n)} and {@code BoundedSemaphore(n)}. A permit belongs to
 * no one (any caller may release it), so a dead caller's permits are not recovered, as on one
 * machine. State: the permits, the initial value, whether it is bounded.
 */
final class SemaphoreMachine implements Machine {

    static final SemaphoreMachine INSTANCE = new SemaphoreMachine();

    static byte[] initial(int value, boolean bounded) {
        if (value < 0) {
            throw new IllegalArgumentException("a semaphore's initial value must be 0 or more, not " + value);
        }
        return state(value, value, bounded);
    }

    private static byte[] state(int permits, int initial, boolean bounded) {
        WireOutput out = new WireOutput(12);
        out.writeInt(permits);
        out.writeInt(initial);
        out.writeBoolean(bounded);
        return out.toByteArray();
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        WireInput in = new WireInput(state);
        int permits = in.readInt();
        int initial = in.readInt();
        boolean bounded = in.readBoolean();
        switch (method) {
            case 0 -> { // acquire
                if (phase == GIVE_UP || phase == ABANDON) {
                    reply.writeByte(Replies.DONE);
                    reply.writeBoolean(false);
                    return state;
                }
                if (permits > 0) {
                    reply.writeByte(Replies.DONE);
                    reply.writeBoolean(true);
                    return state(permits - 1, initial, bounded);
                }
                Replies.blocked(reply, new byte[0]);
                return state;
            }
            case 1 -> { // release
                if (bounded && permits >= initial) {
                    Replies.failed(reply, Replies.ILLEGAL_STATE, "a bounded semaphore released more times than it"
                            + " was acquired (its initial value is " + initial + ")");
                    return state;
                }
                reply.writeByte(Replies.DONE);
                return state(permits + 1, initial, bounded);
            }
            default -> { // availablePermits
                reply.writeByte(Replies.DONE);
                reply.writeInt(permits);
                return state;
            }
        }
    }
}
