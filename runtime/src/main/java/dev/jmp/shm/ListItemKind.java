package dev.jmp.shm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a {@link ShareableList} slot holds, fixed when the list is created, with Python's
 * {@code struct} code for {@link ShareableList#format()}. Numbers and booleans take one 8-byte
 * word; a string (UTF-8) or byte array takes a length word and its capacity, which is its
 * creation length rounded up to the next multiple of 8, as in Python.
 */
enum ListItemKind {
    LONG("q"), DOUBLE("d"), BOOLEAN("?"), STRING("s"), BYTES("b");

    private final String code;

    ListItemKind(String code) {
        this.code = code;
    }

    /** The kind of {@code item}, or null when a list cannot hold it. */
    static ListItemKind of(Object item) {
        if (item instanceof Long || item instanceof Integer || item instanceof Short || item instanceof Byte) {
            return LONG;
        } else if (item instanceof Double || item instanceof Float) {
            return DOUBLE;
        } else if (item instanceof Boolean) {
            return BOOLEAN;
        } else if (item instanceof String) {
            return STRING;
        } else if (item instanceof byte[]) {
            return BYTES;
        }
        return null;
    }

    boolean isSized() {
        return this == STRING || this == BYTES;
    }

    /** The bytes a slot for {@code item} takes: a word, or a length word and the capacity. */
    int capacityFor(Object item) {
        return isSized() ? Long.BYTES * (encode(item).length / Long.BYTES + 1) : 0;
    }

    /** Python's format code of a slot of this kind with {@code capacity} bytes of text. */
    String format(int capacity) {
        return isSized() ? capacity + code : code;
    }

    byte[] encode(Object item) {
        return this == STRING ? ((String) item).getBytes(StandardCharsets.UTF_8) : (byte[]) item;
    }

    /** Writes {@code item} at {@code at}; the caller checked its kind and size. */
    void write(ByteBuffer data, int at, Object item) {
        switch (this) {
            case LONG -> SharedMemoryObject.LONG.setVolatile(data, at, ((Number) item).longValue());
            case DOUBLE -> SharedMemoryObject.DOUBLE.setVolatile(data, at, ((Number) item).doubleValue());
            case BOOLEAN -> SharedMemoryObject.LONG.setVolatile(data, at, (Boolean) item ? 1L : 0L);
            default -> {
                byte[] bytes = encode(item);
                data.put(at + Long.BYTES, bytes);
                SharedMemoryObject.LONG.setRelease(data, at, (long) bytes.length);
            }
        }
    }

    Object read(ByteBuffer data, int at) {
        return switch (this) {
            case LONG -> (long) SharedMemoryObject.LONG.getVolatile(data, at);
            case DOUBLE -> (double) SharedMemoryObject.DOUBLE.getVolatile(data, at);
            case BOOLEAN -> (long) SharedMemoryObject.LONG.getVolatile(data, at) != 0;
            default -> {
                byte[] bytes = new byte[(int) (long) SharedMemoryObject.LONG.getAcquire(data, at)];
                data.get(at + Long.BYTES, bytes);
                yield this == STRING ? new String(bytes, StandardCharsets.UTF_8) : bytes;
            }
        };
    }

    /** Whether a stored {@code item} reads back equal to {@code other}, for {@code indexOf} and {@code count}. */
    static boolean same(Object item, Object other) {
        return item instanceof byte[] a && other instanceof byte[] b ? Arrays.equals(a, b) : item.equals(other);
    }
}
