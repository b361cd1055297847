package dev.jmp.internal;

/** {@code int[]}, {@code long[]} and {@code double[]} as their length and elements, for {@link Kind}. */
final class PrimitiveArrays {

    private PrimitiveArrays() {}

    static void write(WireOutput out, int[] values) {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static void write(WireOutput out, long[] values) {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    static void write(WireOutput out, double[] values) {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static int[] readInts(WireInput in) {
        int[] values = new int[length(in, 4)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    static long[] readLongs(WireInput in) {
        long[] values = new long[length(in, 8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    static double[] readDoubles(WireInput in) {
        double[] values = new double[length(in, 8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
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
