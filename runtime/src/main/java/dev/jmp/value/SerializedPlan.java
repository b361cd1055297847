package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Java serialization, read back through the runtime's {@link java.io.ObjectInputFilter}: only the
 * declared class, the {@code allow} patterns and JDK value types are ever instantiated.
 */
final class SerializedPlan implements Plan {

    private final Class<?> type;
    private final String[] allow;

    SerializedPlan(Class<?> type, String[] allow) {
        this.type = type;
        this.allow = allow.clone();
    }

    @Override
    public void write(WireOutput out, Object value) {
        out.writeSerialized(value);
    }

    @Override
    public Object read(WireInput in) {
        return in.readSerialized(type, allow);
    }
}
