package dev.jmp.value;

import dev.jmp.internal.Kind;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string, a box or a primitive array, as the table writes it. Alone (a queue's element, a
 * connection's message), a string or a {@code byte[]} is its bytes without a length and a box is
 * its fixed width: the frame around it knows the length, and a cheap encoding matters most for the
 * smallest values.
 *
 * <p>Each kind is its own constant with its own {@code encode} and {@code decode}, a dozen
 * bytecodes each: a fresh child sending {@code Integer}s compiles those and nothing of the other
 * kinds. One switch over every kind made them 225 and 310 bytecodes, which a cold child's C2
 * compiles in the middle of its first round trips, ahead of the send and receive paths.
 */
enum SinglePlan implements Plan {

    STRING {
        @Override
        public byte[] encode(Object value) {
            return ((String) value).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return new String(b, offset, length, StandardCharsets.UTF_8);
        }
    },
    BYTES {
        @Override
        public byte[] encode(Object value) {
            return (byte[]) value; // only read, never kept
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return Arrays.copyOfRange(b, offset, offset + length);
        }
    },
    BOOLEAN {
        @Override
        public byte[] encode(Object value) {
            return new byte[] {(byte) ((Boolean) value ? 1 : 0)};
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return bits(b, offset, length, 1) != 0;
        }
    },
    BYTE {
        @Override
        public byte[] encode(Object value) {
            return new byte[] {(Byte) value};
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return (byte) bits(b, offset, length, 1);
        }
    },
    SHORT {
        @Override
        public byte[] encode(Object value) {
            return bytes((Short) value, 2);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return (short) bits(b, offset, length, 2);
        }
    },
    CHAR {
        @Override
        public byte[] encode(Object value) {
            return bytes((Character) value, 2);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return (char) bits(b, offset, length, 2);
        }
    },
    INT {
        @Override
        public byte[] encode(Object value) {
            return bytes((Integer) value, 4);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return (int) bits(b, offset, length, 4);
        }
    },
    LONG {
        @Override
        public byte[] encode(Object value) {
            return bytes((Long) value, 8);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return bits(b, offset, length, 8);
        }
    },
    FLOAT {
        @Override
        public byte[] encode(Object value) {
            return bytes(Float.floatToRawIntBits((Float) value), 4);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return Float.intBitsToFloat((int) bits(b, offset, length, 4));
        }
    },
    DOUBLE {
        @Override
        public byte[] encode(Object value) {
            return bytes(Double.doubleToRawLongBits((Double) value), 8);
        }

        @Override
        public Object decode(byte[] b, int offset, int length) {
            return Double.longBitsToDouble(bits(b, offset, length, 8));
        }
    },
    /** The primitive arrays: alone as in a record, through the wire's own length. */
    INTS,
    LONGS,
    DOUBLES;

    private static final SinglePlan[] BY_KIND = new SinglePlan[Kind.values().length];

    static {
        for (SinglePlan plan : values()) {
            BY_KIND[plan.kind.ordinal()] = plan;
        }
    }

    private final Kind kind = Kind.valueOf(name());

    /** The plan of a single kind ({@link Kind#single()}). */
    static SinglePlan of(Kind kind) {
        SinglePlan plan = BY_KIND[kind.ordinal()];
        if (plan == null) {
            throw new IllegalArgumentException(kind + " is not a single value");
        }
        return plan;
    }

    @Override
    public void write(WireOutput out, Object value) {
        kind.write(out, value);
    }

    @Override
    public Object read(WireInput in) {
        return kind.read(in);
    }

    /** The low {@code width} bytes of {@code value}, big-endian; plain shifts, cheap before the JIT. */
    private static byte[] bytes(long value, int width) {
        byte[] b = new byte[width];
        for (int i = width - 1; i >= 0; i--, value >>= 8) {
            b[i] = (byte) value;
        }
        return b;
    }

    /** The big-endian value of {@code width} bytes, sign-extended from the top one. */
    private static long bits(byte[] b, int offset, int length, int width) {
        if (length != width) {
            throw new WireFormatException("[jmp.codec.corrupt] a " + width + "-byte value arrived as "
                    + length + " bytes; both sides must use the same codec");
        }
        long bits = b[offset];
        for (int i = 1; i < width; i++) {
            bits = bits << 8 | (b[offset + i] & 0xff);
        }
        return bits;
    }
}
