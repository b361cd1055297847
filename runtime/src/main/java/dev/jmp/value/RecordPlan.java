package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** A record of a declared class: each component in declaration order, by the plan of its declared type. */
final class RecordPlan implements Plan {

    private final RecordShape shape;
    private final Plan[] components;

    RecordPlan(RecordShape shape, Plan[] components) {
        this.shape = shape;
        this.components = components;
    }

    @Override
    public void write(WireOutput out, Object record) {
        Object[] values = shape.read(record);
        for (int i = 0; i < values.length; i++) {
            components[i].write(out, values[i]);
        }
    }

    @Override
    public Object read(WireInput in) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = components[i].read(in);
        }
        return shape.build(values);
    }
}
