package dev.jmp.codec;

import dev.jmp.internal.ValueType;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** A value of the table of everyday types ({@code Instant}, {@code BigDecimal}, {@code UUID}...), as that table writes it. */
final class ValueTypeCodec<E> implements Codec<E>, Described {

    static final String KIND = "value";

    private final ValueType type;

    ValueTypeCodec(ValueType type) {
        this.type = type;
    }

    @Override
    public byte[] encode(E value) {
        WireOutput out = new WireOutput(24);
        type.write(out, value);
        return out.toByteArray();
    }

    @Override
    @SuppressWarnings("unchecked")
    public E decode(byte[] bytes, int offset, int length) {
        WireInput in = new WireInput(bytes, offset, length);
        try {
            E value = (E) type.read(in);
            in.expectEnd();
            return value;
        } catch (WireFormatException e) {
            throw new CodecException("[jmp.codec.corrupt] " + e.getMessage(), e);
        }
    }

    /** Recreates the codec a handle describes, after its kind. */
    static ValueTypeCodec<?> read(WireInput in) {
        return new ValueTypeCodec<>(ValueType.ofCode(in.readInt()));
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(KIND);
        out.writeInt(type.code());
    }
}
