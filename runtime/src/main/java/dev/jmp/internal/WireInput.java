package dev.jmp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link WireOutput} wrote. A read past the end, or a length that cannot be right,
 * throws {@link WireFormatException} rather than returning garbage.
 */
public final class WireInput {

    private final byte[] buf;
    private final int limit;
    private int pos;

    public WireInput(byte[] buf) {
        this(buf, 0, buf.length);
    }

    public WireInput(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
    }

    private int take(int n) {
        if (n < 0 || limit - pos < n) {
            throw truncated(n);
        }
        int at = pos;
        pos += n;
        return at;
    }

    /**
     * The failures are built out of line, here and below: the methods every read runs stay
     * small enough for the JIT to inline them, and their compiled code small.
     */
    private WireFormatException truncated(int n) {
        return new WireFormatException("truncated input: needed " + n + " bytes at offset " + pos
                + " but only " + (limit - pos) + " remain");
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public byte readByte() {
        return buf[take(1)];
    }

    public short readShort() {
        int at = take(2);
        return (short) ((buf[at] << 8) | (buf[at + 1] & 0xff));
    }

    public char readChar() {
        return (char) readShort();
    }

    public int readInt() {
        return intAt(buf, take(4));
    }

    public long readLong() {
        int at = take(8);
        return ((long) intAt(buf, at) << 32) | (intAt(buf, at + 4) & 0xffffffffL);
    }

    /**
     * The big-endian int at {@code at} of {@code bytes}, read byte by byte as {@link WireOutput}
     * writes it, for the same reason; for every reader of a length or count in a byte array.
     */
    public static int intAt(byte[] bytes, int at) {
        return (bytes[at] << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
    }

    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /** Reads the flag written by {@link WireOutput#writePresence}. */
    public boolean readPresence() {
        return readBoolean();
    }

    public String readString() {
        int length = readInt();
        int at = take(length);
        return new String(buf, at, length, StandardCharsets.UTF_8);
    }

    public byte[] readBytes() {
        int length = readInt();
        int at = take(length);
        return Arrays.copyOfRange(buf, at, at + length);
    }

    /**
     * An enum constant written as its ordinal, one of {@code constants} (the type's
     * {@code values()}); an ordinal the type does not have, from a corrupt frame or from a
     * different version of the enum, fails here rather than as an index out of bounds.
     */
    public <E extends Enum<E>> E readEnum(E[] constants) {
        int ordinal = readInt();
        if (ordinal < 0 || ordinal >= constants.length) {
            String type = constants.length == 0 ? "an enum without constants"
                    : constants[0].getDeclaringClass().getName();
            throw new WireFormatException("ordinal " + ordinal + " at offset " + (pos - 4) + " is not a constant of "
                    + type + ", which has " + constants.length + "; do both processes run the same build?");
        }
        return constants[ordinal];
    }

    /**
     * A collection or array length. Negative lengths fail here; callers pre-size with
     * {@code Math.min(length, remaining())} so a corrupt length cannot allocate unbounded memory.
     */
    public int readLength() {
        int length = readInt();
        if (length < 0) {
            throw negativeLength(length);
        }
        return length;
    }

    private WireFormatException negativeLength(int length) {
        return new WireFormatException("negative length " + length + " at offset " + (pos - 4));
    }

    /** An object written by {@link WireOutput#writeSerialized}, checked against {@code allowed}. */
    public <T> T readSerialized(Class<T> declared, String... allowedPatterns) {
        return SerializedCodec.deserialize(readBytes(), declared, allowedPatterns);
    }

    /** Where the next read starts, as an index into {@link #array()}. */
    public int position() {
        return pos;
    }

    /**
     * Continues reading at {@code position}, between where reading began and the end: how a chunk
     * of tasks skips the rest of a task whose arguments could not be read.
     */
    public void seek(int position) {
        if (position < 0 || position > limit) {
            throw new WireFormatException("position " + position + " is outside the input, which ends at " + limit);
        }
        pos = position;
    }

    /** The array read from; only read, never written, by whoever asks. */
    public byte[] array() {
        return buf;
    }

    /** Skips {@code n} bytes, checking that they are there. */
    public void skip(int n) {
        take(n);
    }

    /** Bytes not yet read. */
    public int remaining() {
        return limit - pos;
    }

    /** Throws unless every byte was read: trailing bytes mean writer and reader disagree. */
    public void expectEnd() {
        if (pos != limit) {
            throw unread();
        }
    }

    private WireFormatException unread() {
        return new WireFormatException((limit - pos) + " unread bytes at the end of the input");
    }
}
