package dev.jmp.shm;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@link ShareableList} keeps what, at the start of its block: a magic word, the item
 * count, one descriptor of two words per item (kind and capacity; offset of the item), then the
 * items, each at an 8-byte aligned offset. Written once at creation and read by every process
 * that attaches, so the kinds and capacities are fixed for the list's life.
 */
final class ListLayout {

    private static final long MAGIC = 0x4a4d505f4c535431L; // "JMP_LST1"
    private static final int HEADER_WORDS = 2;

    private final ListItemKind[] kinds;
    private final int[] capacities;
    private final int[] offsets;

    private ListLayout(ListItemKind[] kinds, int[] capacities, int[] offsets) {
        this.kinds = kinds;
        this.capacities = capacities;
        this.offsets = offsets;
    }

    /** The layout of a new list of {@code items}. */
    static ListLayout plan(List<?> items) {
        int n = items.size();
        ListItemKind[] kinds = new ListItemKind[n];
        int[] capacities = new int[n];
        int[] offsets = new int[n];
        int next = (HEADER_WORDS + 2 * n) * Long.BYTES;
        for (int i = 0; i < n; i++) {
            Object item = items.get(i);
            kinds[i] = ListItemKind.of(item);
            if (kinds[i] == null) {
                throw new IllegalArgumentException("[jmp.shm.list-bad-item] item " + i + " of a ShareableList is "
                        + (item == null ? "null" : "a " + item.getClass().getName()) + "; a ShareableList holds"
                        + " integers, floating-point numbers, booleans, Strings and byte[]");
            }
            capacities[i] = kinds[i].capacityFor(item);
            offsets[i] = next;
            next = Math.addExact(next, Long.BYTES + capacities[i]);
        }
        return new ListLayout(kinds, capacities, offsets);
    }

    /** Reads the layout a list's creator wrote into {@code shm}. */
    static ListLayout read(SharedMemory shm) {
        ByteBuffer data = shm.buffer();
        int n = data.capacity() >= HEADER_WORDS * Long.BYTES && data.getLong(0) == MAGIC ? (int) data.getLong(Long.BYTES) : -1;
        if (n < 0 || (long) (HEADER_WORDS + 2 * n) * Long.BYTES > data.capacity()) {
            throw new IllegalStateException("[jmp.shm.not-a-list] shared memory block \"" + shm.name()
                    + "\" holds no ShareableList; attach to it with SharedMemory.attach");
        }
        ListItemKind[] kinds = new ListItemKind[n];
        int[] capacities = new int[n];
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            long descriptor = data.getLong((HEADER_WORDS + 2 * i) * Long.BYTES);
            kinds[i] = ListItemKind.values()[(int) (descriptor & 0xff)];
            capacities[i] = (int) (descriptor >>> 8);
            offsets[i] = (int) data.getLong((HEADER_WORDS + 2 * i + 1) * Long.BYTES);
        }
        return new ListLayout(kinds, capacities, offsets);
    }

    /** Writes the header and descriptors; the magic last, so no reader takes a half-written list for one. */
    ListLayout writeTo(ByteBuffer data) {
        data.putLong(Long.BYTES, kinds.length);
        for (int i = 0; i < kinds.length; i++) {
            data.putLong((HEADER_WORDS + 2 * i) * Long.BYTES, kinds[i].ordinal() | (long) capacities[i] << 8);
            data.putLong((HEADER_WORDS + 2 * i + 1) * Long.BYTES, offsets[i]);
        }
        SharedMemoryObject.LONG.setRelease(data, 0, MAGIC);
        return this;
    }

    /** The bytes the list needs (at least one word, as a block cannot be empty). */
    long bytes() {
        return kinds.length == 0 ? (HEADER_WORDS) * Long.BYTES : offsets[kinds.length - 1] + Long.BYTES + capacities[kinds.length - 1];
    }

    int size() {
        return kinds.length;
    }

    Object read(ByteBuffer data, int index) {
        Objects.checkIndex(index, kinds.length);
        return kinds[index].read(data, offsets[index]);
    }

    Object read(ByteBuffer data, int index, ListItemKind expected) {
        Objects.checkIndex(index, kinds.length);
        if (kinds[index] != expected) {
            throw new IllegalStateException("[jmp.shm.list-wrong-type] item " + index + " of the ShareableList is a "
                    + kinds[index].name().toLowerCase(java.util.Locale.ROOT) + ", not a "
                    + expected.name().toLowerCase(java.util.Locale.ROOT) + "; read it with get(" + index + ")");
        }
        return kinds[index].read(data, offsets[index]);
    }

    void write(ByteBuffer data, int index, Object value) {
        Objects.checkIndex(index, kinds.length);
        ListItemKind kind = ListItemKind.of(value);
        if (kind != kinds[index]) {
            throw new IllegalArgumentException("[jmp.shm.list-wrong-type] item " + index + " of the ShareableList holds a "
                    + kinds[index].name().toLowerCase(java.util.Locale.ROOT) + ", so it cannot take "
                    + (value == null ? "null" : "a " + value.getClass().getName())
                    + "; a slot's type is fixed when the list is created");
        }
        if (kind.isSized() && kind.encode(value).length > capacities[index]) {
            throw new IllegalArgumentException("[jmp.shm.list-item-too-long] item " + index + " of the ShareableList"
                    + " holds at most " + capacities[index] + " bytes, not " + kind.encode(value).length
                    + "; create the list with a longer item in that place to make room");
        }
        kind.write(data, offsets[index], value);
    }

    /** {@code value} as a list item reads back: integers as {@link Long}, floats as {@link Double}. */
    static Object normalize(Object value) {
        ListItemKind kind = ListItemKind.of(value);
        if (kind == ListItemKind.LONG) {
            return ((Number) value).longValue();
        }
        return kind == ListItemKind.DOUBLE ? (Object) ((Number) value).doubleValue() : value;
    }

    String format() {
        StringBuilder format = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            format.append(kinds[i].format(capacities[i]));
        }
        return format.toString();
    }
}
