package dev.jmp.manager.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** {@code String} and the primitive boxes, for {@link ValueCodec}. */
final class Scalars {

    private Scalars() {}

    /** Writes tag and value when {@code value} is a scalar; returns whether it was. */
    static boolean write(WireOutput out, Object value) {
        if (value instanceof String s) {
            out.writeByte(Tag.STRING);
            out.writeString(s);
        } else if (value instanceof Integer i) {
            out.writeByte(Tag.INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(Tag.LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(Tag.DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(Tag.BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof Byte b) {
            out.writeByte(Tag.BYTE);
            out.writeByte(b);
        } else if (value instanceof Short s) {
            out.writeByte(Tag.SHORT);
            out.writeShort(s);
        } else if (value instanceof Character c) {
            out.writeByte(Tag.CHAR);
            out.writeChar(c);
        } else if (value instanceof Float f) {
            out.writeByte(Tag.FLOAT);
            out.writeFloat(f);
        } else {
            return false;
        }
        return true;
    }

    /** The scalar of {@code tag}, or null when the tag is not a scalar's. */
    static Object read(WireInput in, byte tag) {
        switch (tag) {
            case Tag.STRING:
                return in.readString();
            case Tag.INT:
                return in.readInt();
            case Tag.LONG:
                return in.readLong();
            case Tag.DOUBLE:
                return in.readDouble();
            case Tag.BOOLEAN:
                return in.readBoolean();
            case Tag.BYTE:
                return in.readByte();
            case Tag.SHORT:
                return in.readShort();
            case Tag.CHAR:
                return in.readChar();
            case Tag.FLOAT:
                return in.readFloat();
            default:
                return null;
        }
    }
}
