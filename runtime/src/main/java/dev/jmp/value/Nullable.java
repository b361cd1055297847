package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** A value that may be null: a presence flag, then the value. */
final class Nullable implements Plan {

    private final Plan value;

    Nullable(Plan value) {
        this.value = value;
    }

    @Override
    public void write(WireOutput out, Object v) {
        if (out.writePresence(v)) {
            value.write(out, v);
        }
    }

    @Override
    public Object read(WireInput in) {
        return in.readPresence() ? value.read(in) : null;
    }
}
