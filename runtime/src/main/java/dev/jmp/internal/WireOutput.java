package dev.jmp.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable big-endian byte buffer that generated codecs write task arguments and results to.
 * Not thread-safe; one instance per encoding. Numbers are written byte by byte, not through a
 * byte-array view {@code VarHandle}: making the views costs a fresh child JVM several
 * milliseconds of method-handle spinning before its first frame, and its first calls through
 * them run slowly until they are linked.
 */
public final class WireOutput {

    private byte[] buf;
    private int size;

    public WireOutput() {
        this(64);
    }

    public WireOutput(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public void writeBoolean(boolean v) {
        writeByte(v ? 1 : 0);
    }

    public void writeByte(int v) {
        ensure(1);
        buf[size++] = (byte) v;
    }

    public void writeShort(short v) {
        ensure(2);
        buf[size] = (byte) (v >> 8);
        buf[size + 1] = (byte) v;
        size += 2;
    }

    public void writeChar(char v) {
        writeShort((short) v);
    }

    public void writeInt(int v) {
        ensure(4);
        setInt(buf, size, v);
        size += 4;
    }

    public void writeLong(long v) {
        ensure(8);
        setInt(buf, size, (int) (v >>> 32));
        setInt(buf, size + 4, (int) v);
        size += 8;
    }

    public void writeFloat(float v) {
        writeInt(Float.floatToRawIntBits(v));
    }

    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    /**
     * Writes whether a nullable value is present; returns {@code true} when it is, so generated
     * code reads {@code if (out.writePresence(x)) { ...write x... }}.
     */
    public boolean writePresence(Object value) {
        writeBoolean(value != null);
        return value != null;
    }

    /** A length-prefixed UTF-8 string; not null (use {@link #writePresence} first). */
    public void writeString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        writeRaw(bytes, 0, bytes.length);
    }

    /** A length-prefixed byte array. */
    public void writeBytes(byte[] bytes) {
        writeBytes(bytes, 0, bytes.length);
    }

    /** The {@code length} bytes at {@code offset} of {@code bytes}, length-prefixed, as {@link #writeBytes(byte[])} writes an array. */
    public void writeBytes(byte[] bytes, int offset, int length) {
        writeInt(length);
        writeRaw(bytes, offset, length);
    }

    public void writeRaw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
    }

    /** The remaining bytes of {@code bytes}, which it consumes. */
    public void writeRaw(ByteBuffer bytes) {
        int length = bytes.remaining();
        ensure(length);
        bytes.get(buf, size, length);
        size += length;
    }

    /** An object through Java serialization: the declared fallback, see {@link SerializedCodec}. */
    public void writeSerialized(Object value) {
        writeBytes(SerializedCodec.serialize(value));
    }

    /** Overwrites the int at {@code at}, already written: a length known only once what follows is. */
    public void putInt(int at, int v) {
        if (at < 0 || at + 4 > size) {
            throw outside(at); // out of line: every frame's length is put here
        }
        setInt(buf, at, v);
    }

    private static void setInt(byte[] buf, int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private IndexOutOfBoundsException outside(int at) {
        return new IndexOutOfBoundsException("int at " + at + " of " + size + " bytes written");
    }

    /** Drops everything written after the first {@code newSize} bytes. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException("size " + newSize + " of " + size + " bytes written");
        }
        size = newSize;
    }

    /** The backing array, valid until the next write; only its first {@link #size()} bytes are written. */
    public byte[] array() {
        return buf;
    }

    public int size() {
        return size;
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
