package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/** A value: one slot, Python's {@code manager.Value}. */
final class ServedValue extends ServedObject {

    private Object value;

    ServedValue(Object initial) {
        this.value = initial;
    }

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) {
        Op op = Op.of(method);
        switch (op) {
            case VALUE_GET -> context.codec().write(out, value);
            case VALUE_SET -> value = context.codec().read(in);
            default -> throw new UnsupportedOperationException(op + " is not a method of a value");
        }
        in.expectEnd();
    }
}
