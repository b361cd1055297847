package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.Optional;

/** An {@code Optional}: its value or its absence, written by a plan that takes null. */
final class OptionalPlan implements Plan {

    private final Plan value;

    OptionalPlan(Plan value) {
        this.value = value;
    }

    @Override
    public void write(WireOutput out, Object optional) {
        value.write(out, ((Optional<?>) optional).orElse(null));
    }

    @Override
    public Object read(WireInput in) {
        return Optional.ofNullable(value.read(in));
    }
}
