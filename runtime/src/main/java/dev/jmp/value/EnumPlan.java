package dev.jmp.value;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** An enum constant by name, so that reordering constants cannot change what arrives. */
final class EnumPlan implements Plan {

    private final Class<? extends Enum<?>> type;

    EnumPlan(Class<? extends Enum<?>> type) {
        this.type = type;
    }

    @Override
    public void write(WireOutput out, Object value) {
        out.writeString(((Enum<?>) value).name());
    }

    @Override
    public Object read(WireInput in) {
        return constant(type, in.readString());
    }

    /** The constant {@code name} of {@code type}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object constant(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("[jmp.value.unknown-constant] " + type.getName() + " has no constant "
                    + name + "; both processes must run the same version of the enum", e);
        }
    }
}
