package dev.jmp.value;

import dev.jmp.internal.ValueType;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** One of the everyday JDK value types, as their table writes it. */
final class ValuePlan implements Plan {

    private final ValueType type;

    ValuePlan(ValueType type) {
        this.type = type;
    }

    @Override
    public void write(WireOutput out, Object value) {
        type.write(out, value);
    }

    @Override
    public Object read(WireInput in) {
        return type.read(in);
    }
}
