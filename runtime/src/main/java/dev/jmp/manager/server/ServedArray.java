package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.util.Arrays;
import java.util.List;

/** An array: fixed length, Python's {@code manager.Array}. */
final class ServedArray extends ServedObject {

    private final Object[] elements;

    ServedArray(List<Object> initial) {
        this.elements = initial.toArray();
    }

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) {
        Op op = Op.of(method);
        switch (op) {
            case SIZE -> out.writeInt(elements.length);
            case SNAPSHOT -> context.codec().write(out, Arrays.asList(elements));
            case GET_AT -> context.codec().write(out, elements[checked(in.readInt())]);
            case SET_AT -> {
                int index = checked(in.readInt());
                Object previous = elements[index];
                elements[index] = context.codec().read(in);
                context.codec().write(out, previous);
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of an array");
        }
        in.expectEnd();
    }

    private int checked(int index) {
        if (index < 0 || index >= elements.length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + elements.length);
        }
        return index;
    }
}
