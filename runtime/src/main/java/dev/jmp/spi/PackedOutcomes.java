package dev.jmp.spi;

import dev.jmp.internal.WireInput;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Outcomes of consecutive tasks as they lie in the bytes that carried them, each
 * {@code [byte failed][int length][payload]}: what a local worker's results frame holds, read
 * without an object or an array per outcome. {@link #get} makes an {@link Outcome} (a copy);
 * a pool that knows how to decode a value where it lies reads {@link #bytes()} at
 * {@link #payloadOffset} instead. Immutable; the bytes are never written once wrapped.
 */
public final class PackedOutcomes extends AbstractList<Outcome> {

    private final byte[] bytes;
    /** Where each outcome's record starts, for {@code from .. to - 1}. */
    private final int[] records;
    private final int from;
    private final int to;

    private PackedOutcomes(byte[] bytes, int[] records, int from, int to) {
        this.bytes = bytes;
        this.records = records;
        this.from = from;
        this.to = to;
    }

    /**
     * The {@code count} outcomes whose records start at {@code offset} of {@code bytes}; throws
     * {@link IllegalArgumentException} when the records do not fit in {@code end}.
     */
    public static PackedOutcomes wrap(byte[] bytes, int offset, int end, int count) {
        int[] records = new int[count];
        int at = offset;
        for (int i = 0; i < count; i++) {
            if (at + 5 > end) {
                throw new IllegalArgumentException("outcome " + i + " of " + count + " starts past the end");
            }
            records[i] = at;
            int length = WireInput.intAt(bytes, at + 1);
            if (length < 0 || length > end - at - 5) {
                throw new IllegalArgumentException("outcome " + i + " of " + count + " has length " + length);
            }
            at += 5 + length;
        }
        return new PackedOutcomes(bytes, records, 0, count);
    }

    /** Where the first record starts in {@link #bytes()}; 0 when there is none. */
    public int recordsStart() {
        return size() == 0 ? 0 : records[from];
    }

    /** How many bytes the records take, from {@link #recordsStart()}. */
    public int recordsLength() {
        return size() == 0 ? 0 : payloadOffset(size() - 1) + payloadLength(size() - 1) - records[from];
    }

    public byte[] bytes() {
        return bytes;
    }

    public boolean failed(int index) {
        return bytes[records[from + index]] != 0;
    }

    public int payloadOffset(int index) {
        return records[from + index] + 5;
    }

    public int payloadLength(int index) {
        return WireInput.intAt(bytes, records[from + index] + 1);
    }

    @Override
    public Outcome get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int at = payloadOffset(index);
        return new Outcome(failed(index), Arrays.copyOfRange(bytes, at, at + payloadLength(index)));
    }

    @Override
    public int size() {
        return to - from;
    }

    /** A view of the same bytes, so that a part of a batch is packed too. */
    @Override
    public List<Outcome> subList(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > size() || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException(fromIndex + ".." + toIndex + " of " + size());
        }
        return new PackedOutcomes(bytes, records, from + fromIndex, from + toIndex);
    }
}
