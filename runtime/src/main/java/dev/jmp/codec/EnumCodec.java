package dev.jmp.codec;

import dev.jmp.internal.WireOutput;
import java.nio.charset.StandardCharsets;

/** An enum constant by name, so that reordering constants cannot change what arrives. */
final class EnumCodec<E extends Enum<E>> implements Codec<E>, Described {

    static final String KIND = "enum";

    private final Class<E> type;

    EnumCodec(Class<E> type) {
        this.type = type;
    }

    @Override
    public byte[] encode(E value) {
        return value.name().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public E decode(byte[] bytes, int offset, int length) {
        String name = new String(bytes, offset, length, StandardCharsets.UTF_8);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new CodecException("[jmp.codec.unknown-constant] " + type.getName() + " has no constant "
                    + name + "; both processes must run the same version of the enum", e);
        }
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(KIND);
        out.writeString(type.getName());
    }
}
