package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** A value, Python's {@code Value}: one slot, holding a value as the caller encoded it. */
final class ValueMachine implements Machine {

    static final ValueMachine INSTANCE = new ValueMachine();

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        reply.writeByte(Replies.DONE);
        if (method == 1) { // set
            return args.readBytes();
        }
        reply.writeBytes(state); // get
        return state;
    }
}
