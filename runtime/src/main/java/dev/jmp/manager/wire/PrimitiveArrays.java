package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** {@code byte[]}, {@code int[]}, {@code long[]} and {@code double[]}, for {@link ValueCodec}. */
final class PrimitiveArrays {

    private PrimitiveArrays() {}

    static boolean write(WireOutput out, Object value) {
        if (value instanceof byte[] bytes) {
            out.writeByte(Tag.BYTES);
            out.writeBytes(bytes);
        } else if (value instanceof int[] ints) {
            out.writeByte(Tag.INTS);
            out.writeInt(ints.length);
            for (int v : ints) {
                out.writeInt(v);
            }
        } else if (value instanceof long[] longs) {
            out.writeByte(Tag.LONGS);
            out.writeInt(longs.length);
            for (long v : longs) {
                out.writeLong(v);
            }
        } else if (value instanceof double[] doubles) {
            out.writeByte(Tag.DOUBLES);
            out.writeInt(doubles.length);
            for (double v : doubles) {
                out.writeDouble(v);
            }
        } else {
            return false;
        }
        return true;
    }

    static Object read(WireInput in, byte tag) {
        switch (tag) {
            case Tag.BYTES:
                return in.readBytes();
            case Tag.INTS:
                int[] ints = new int[length(in, 4)];
                for (int i = 0; i < ints.length; i++) {
                    ints[i] = in.readInt();
                }
                return ints;
            case Tag.LONGS:
                long[] longs = new long[length(in, 8)];
                for (int i = 0; i < longs.length; i++) {
                    longs[i] = in.readLong();
                }
                return longs;
            case Tag.DOUBLES:
                double[] doubles = new double[length(in, 8)];
                for (int i = 0; i < doubles.length; i++) {
                    doubles[i] = in.readDouble();
                }
                return doubles;
            default:
                throw new WireFormatException("unknown value tag " + tag);
        }
    }

    /** A length that the remaining bytes can hold, so garbage cannot allocate unbounded memory. */
    private static int length(WireInput in, int elementSize) {
        int length = in.readLength();
        if ((long) length * elementSize > in.remaining()) {
            throw new WireFormatException("an array of " + length + " elements in " + in.remaining() + " bytes");
        }
        return length;
    }
}
