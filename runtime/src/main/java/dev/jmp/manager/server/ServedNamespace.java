package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.ValueCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** A namespace: named attributes, in the order they were first set. */
final class ServedNamespace extends ServedObject {

    private final Map<Object, Object> attributes;

    ServedNamespace(Map<Object, Object> initial) {
        this.attributes = new LinkedHashMap<>(initial);
    }

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) {
        ValueCodec codec = context.codec();
        Op op = Op.of(method);
        switch (op) {
            case SNAPSHOT -> codec.write(out, attributes);
            case GET_ATTR -> {
                String name = in.readString();
                if (!attributes.containsKey(name)) {
                    throw new NoSuchElementException("the namespace has no attribute '" + name + "'");
                }
                codec.write(out, attributes.get(name));
            }
            case SET_ATTR -> {
                String name = in.readString();
                attributes.put(name, codec.read(in));
            }
            case DEL_ATTR -> {
                String name = in.readString();
                if (!attributes.containsKey(name)) {
                    throw new NoSuchElementException("the namespace has no attribute '" + name + "'");
                }
                attributes.remove(name);
            }
            case HAS_ATTR -> out.writeBoolean(attributes.containsKey(in.readString()));
            default -> throw new UnsupportedOperationException(op + " is not a method of a namespace");
        }
        in.expectEnd();
    }
}
