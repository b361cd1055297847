package dev.jmp.codec;

import dev.jmp.internal.WireOutput;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** The codecs of {@code String}, {@code byte[]} and the boxed primitives: fixed, big-endian widths. */
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
        public byte[] encode(Object v) { byte[] b = new byte[2]; SHORTS.set(b, 0, (Short) v); return b; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 2); return (short) SHORTS.get(b, off); }
    },
    CHARACTER(Character.class) {
        public byte[] encode(Object v) { byte[] b = new byte[2]; SHORTS.set(b, 0, (short) (char) (Character) v); return b; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 2); return (char) (short) SHORTS.get(b, off); }
    },
    INTEGER(Integer.class) {
        public byte[] encode(Object v) { byte[] b = new byte[4]; INTS.set(b, 0, (Integer) v); return b; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 4); return (int) INTS.get(b, off); }
    },
    LONG(Long.class) {
        public byte[] encode(Object v) { byte[] b = new byte[8]; LONGS.set(b, 0, (Long) v); return b; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 8); return (long) LONGS.get(b, off); }
    },
    FLOAT(Float.class) {
        public byte[] encode(Object v) { byte[] b = new byte[4]; INTS.set(b, 0, Float.floatToRawIntBits((Float) v)); return b; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 4); return Float.intBitsToFloat((int) INTS.get(b, off)); }
    },
    DOUBLE(Double.class) {
        public byte[] encode(Object v) { byte[] b = new byte[8]; LONGS.set(b, 0, Double.doubleToRawLongBits((Double) v)); return b; }
        public Object decode(byte[] b, int off, int len) { fixed(len, 8); return Double.longBitsToDouble((long) LONGS.get(b, off)); }
    };

    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
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
