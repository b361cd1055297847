package dev.jmp.value;

import dev.jmp.internal.Kind;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string, a box or a primitive array, as the table writes it. Alone (a queue's element), a
 * string or a {@code byte[]} is its bytes without a length and a box is its fixed width: the
 * frame around it knows the length, and a cheap encoding matters most for the smallest values.
 */
final class SinglePlan implements Plan {

    private static final SinglePlan[] PLANS = new SinglePlan[Kind.values().length];

    static {
        for (Kind kind : Kind.values()) {
            if (kind.single()) {
                PLANS[kind.ordinal()] = new SinglePlan(kind);
            }
        }
    }

    private final Kind kind;
    private final int width;

    private SinglePlan(Kind kind) {
        this.kind = kind;
        this.width = switch (kind) {
            case BOOLEAN, BYTE -> 1;
            case SHORT, CHAR -> 2;
            case INT, FLOAT -> 4;
            case LONG, DOUBLE -> 8;
            default -> 0;
        };
    }

    static SinglePlan of(Kind kind) {
        return PLANS[kind.ordinal()];
    }

    @Override
    public void write(WireOutput out, Object value) {
        kind.write(out, value);
    }

    @Override
    public Object read(WireInput in) {
        return kind.read(in);
    }

    @Override
    public byte[] encode(Object value) {
        return switch (kind) {
            case STRING -> ((String) value).getBytes(StandardCharsets.UTF_8);
            case BYTES -> (byte[]) value; // only read, never kept
            case BOOLEAN -> new byte[] {(byte) ((Boolean) value ? 1 : 0)};
            case BYTE -> new byte[] {(Byte) value};
            case SHORT -> bytes((Short) value);
            case CHAR -> bytes((Character) value);
            case INT -> bytes((Integer) value);
            case LONG -> bytes((Long) value);
            case FLOAT -> bytes(Float.floatToRawIntBits((Float) value));
            case DOUBLE -> bytes(Double.doubleToRawLongBits((Double) value));
            default -> Plan.super.encode(value);
        };
    }

    @Override
    public Object decode(byte[] b, int offset, int length) {
        switch (kind) {
            case STRING:
                return new String(b, offset, length, StandardCharsets.UTF_8);
            case BYTES:
                return Arrays.copyOfRange(b, offset, offset + length);
            default:
                if (width == 0) {
                    return Plan.super.decode(b, offset, length);
                }
        }
        if (length != width) {
            throw new WireFormatException("[jmp.codec.corrupt] a " + width + "-byte value arrived as "
                    + length + " bytes; both sides must use the same codec");
        }
        long bits = b[offset];
        for (int i = 1; i < width; i++) {
            bits = bits << 8 | (b[offset + i] & 0xff);
        }
        return switch (kind) {
            case BOOLEAN -> bits != 0;
            case BYTE -> (byte) bits;
            case SHORT -> (short) bits;
            case CHAR -> (char) bits;
            case INT -> (int) bits;
            case LONG -> bits;
            case FLOAT -> Float.intBitsToFloat((int) bits);
            default -> Double.longBitsToDouble(bits);
        };
    }

    /** The low {@code width} bytes of {@code value}, big-endian; plain shifts, cheap before the JIT. */
    private byte[] bytes(long value) {
        byte[] b = new byte[width];
        for (int i = width - 1; i >= 0; i--, value >>= 8) {
            b[i] = (byte) value;
        }
        return b;
    }
}
