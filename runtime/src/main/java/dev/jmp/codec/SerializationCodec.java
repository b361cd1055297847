package dev.jmp.codec;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Java serialization, read back through the runtime's {@link java.io.ObjectInputFilter}: only the
 * declared class, the caller's {@code allow} patterns and JDK value types are ever instantiated.
 */
final class SerializationCodec<E> implements Codec<E>, Described {

    static final String KIND = "serialized";

    private final Class<E> type;
    private final String[] allow;

    SerializationCodec(Class<E> type, String... allow) {
        this.type = type;
        this.allow = allow.clone();
    }

    @Override
    public byte[] encode(E value) {
        WireOutput out = new WireOutput(256);
        try {
            out.writeSerialized(value);
        } catch (WireFormatException e) {
            throw new CodecException(e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public E decode(byte[] bytes, int offset, int length) {
        try {
            return new WireInput(bytes, offset, length).readSerialized(type, allow);
        } catch (WireFormatException e) {
            throw new CodecException(e.getMessage(), e);
        }
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(KIND);
        out.writeString(type.getName());
        out.writeInt(allow.length);
        for (String pattern : allow) {
            out.writeString(pattern);
        }
    }
}
