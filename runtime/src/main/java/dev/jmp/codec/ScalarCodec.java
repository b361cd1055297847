package dev.jmp.codec;

import dev.jmp.internal.WireOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** The codecs of {@code String}, {@code byte[]} and the boxed primitives (fixed width, big-endian). */
@SuppressWarnings({"rawtypes", "unchecked"})
enum ScalarCodec implements Codec, Described {

    STRING(String.class) {
        public byte[] encode(Object v) { return ((String) v).getBytes(StandardCharsets.UTF_8); }
        public Object decode(byte[] b, int off, int len) { return new String(b, off, len, StandardCharsets.UTF_8); }
    },
    BYTES(byte[].class) {
        public byte[] encode(Object v) { return (byte[]) v; } // only read, never kept
        public Object decode(byte[] b, int off, int len) { return Arrays.copyOfRange(b, off, off + len); }
    },
    BOOLEAN(Boolean.class) {
        public byte[] encode(Object v) { return new byte[] {(byte) ((Boolean) v ? 1 : 0)}; }
        public Object decode(byte[] b, int off, int len) { return fixed(len, 1) && b[off] != 0; }
    },
    BYTE(Byte.class) {
        public byte[] encode(Object v) { return new byte[] {(Byte) v}; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 1); return b[off]; }
    },
    SHORT(Short.class) {
        public byte[] encode(Object v) { return bytes((Short) v, 2); }
        public Object decode(byte[] b, int off, int len) { return (short) bits(b, off, len, 2); }
    },
    CHARACTER(Character.class) {
        public byte[] encode(Object v) { return bytes((Character) v, 2); }
        public Object decode(byte[] b, int off, int len) { return (char) bits(b, off, len, 2); }
    },
    INTEGER(Integer.class) {
        public byte[] encode(Object v) { return bytes((Integer) v, 4); }
        public Object decode(byte[] b, int off, int len) { return (int) bits(b, off, len, 4); }
    },
    LONG(Long.class) {
        public byte[] encode(Object v) { return bytes((Long) v, 8); }
        public Object decode(byte[] b, int off, int len) { return bits(b, off, len, 8); }
    },
    FLOAT(Float.class) {
        public byte[] encode(Object v) { return bytes(Float.floatToRawIntBits((Float) v), 4); }
        public Object decode(byte[] b, int off, int len) { return Float.intBitsToFloat((int) bits(b, off, len, 4)); }
    },
    DOUBLE(Double.class) {
        public byte[] encode(Object v) { return bytes(Double.doubleToRawLongBits((Double) v), 8); }
        public Object decode(byte[] b, int off, int len) { return Double.longBitsToDouble(bits(b, off, len, 8)); }
    };

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, char.class, Character.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);

    private final Class<?> type;

    ScalarCodec(Class<?> type) {
        this.type = type;
    }

    /** The codec of {@code type} (a primitive counts as its box), or null. */
    static ScalarCodec of(Class<?> type) {
        Class<?> boxed = BOXES.getOrDefault(type, type);
        for (ScalarCodec codec : values()) {
            if (codec.type == boxed) {
                return codec;
            }
        }
        return null;
    }

    /** The low {@code width} bytes of {@code value}, big-endian; plain shifts, cheap before the JIT. */
    static byte[] bytes(long value, int width) {
        byte[] b = new byte[width];
        for (int i = width - 1; i >= 0; i--, value >>= 8) {
            b[i] = (byte) value;
        }
        return b;
    }

    /** The big-endian value of {@code width} bytes, sign-extended from the top one. */
    static long bits(byte[] b, int offset, int length, int width) {
        fixed(length, width);
        long value = b[offset];
        for (int i = 1; i < width; i++) {
            value = value << 8 | (b[offset + i] & 0xff);
        }
        return value;
    }

    static boolean fixed(int length, int expected) {
        if (length != expected) {
            throw new CodecException("[jmp.codec.corrupt] a " + expected + "-byte value arrived as "
                    + length + " bytes; both sides must use the same codec");
        }
        return true;
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(name());
    }
}
