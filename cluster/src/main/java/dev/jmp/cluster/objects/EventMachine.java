package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** An event, Python's {@code Event}: a flag that callers wait for. State: the flag. */
final class EventMachine implements Machine {

    static final EventMachine INSTANCE = new EventMachine();

    static byte[] initial() {
        return state(false);
    }

    private static byte[] state(boolean set) {
        return new byte[] {(byte) (set ? 1 : 0)};
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        boolean set = state[0] != 0;
        switch (method) {
            case 1 -> { // set
                reply.writeByte(Replies.DONE);
                return set ? state : state(true);
            }
            case 2 -> { // clear
                reply.writeByte(Replies.DONE);
                return set ? state(false) : state;
            }
            case 3 -> { // await
                if (set || phase == GIVE_UP || phase == ABANDON) {
                    reply.writeByte(Replies.DONE);
                    reply.writeBoolean(set);
                } else {
                    Replies.blocked(reply, new byte[0]);
                }
                return state;
            }
            default -> { // isSet
                reply.writeByte(Replies.DONE);
                reply.writeBoolean(set);
                return state;
            }
        }
    }
}
