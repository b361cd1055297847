package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * An array, Python's {@code Array}: a fixed number of elements, each held as the caller encoded
 * it. Its copy answers the elements' count and each element's bytes.
 */
final class ArrayMachine implements Machine {

    static final ArrayMachine INSTANCE = new ArrayMachine();

    static byte[] state(List<byte[]> elements) {
        WireOutput out = new WireOutput(16 * elements.size() + 4);
        out.writeInt(elements.size());
        for (byte[] e : elements) {
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        WireInput in = new WireInput(state);
        int n = in.readInt();
        List<byte[]> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            elements.add(in.readBytes());
        }
        switch (method) {
            case 0 -> { // size
                reply.writeByte(Replies.DONE);
                reply.writeInt(n);
                return state;
            }
            case 1 -> { // copy
                reply.writeByte(Replies.DONE);
                reply.writeInt(n);
                elements.forEach(reply::writeBytes);
                return state;
            }
            default -> { // get (2), set (3)
                int index = args.readInt();
                if (index < 0 || index >= n) {
                    Replies.failed(reply, Replies.INDEX, "Index " + index + " out of bounds for length " + n);
                    return state;
                }
                reply.writeByte(Replies.DONE);
                reply.writeBytes(elements.get(index));
                if (method == 2) {
                    return state;
                }
                elements.set(index, args.readBytes());
                return state(elements);
            }
        }
    }
}
