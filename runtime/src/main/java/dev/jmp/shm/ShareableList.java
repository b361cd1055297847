package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.ProcessShareable;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.stream.Collectors;

/**
 * A fixed-length list of numbers, booleans, strings and byte arrays in one shared memory block:
 * Python's {@code multiprocessing.shared_memory.ShareableList}. Any process attaches to it by
 * name, or receives it as a task parameter.
 *
 * <pre>{@code
 * try (ShareableList sl = ShareableList.create(List.of(1, 2.5, true, "howdy", new byte[] {1}))) {
 *     sl.set(3, "hi");                       // sl[3] = 'hi'
 *     long first = sl.getLong(0);            // sl[0]
 *     ShareableList same = ShareableList.attach(sl.shm().name());   // ShareableList(name=...)
 *     ...
 *     sl.shm().unlink();
 * }
 * }</pre>
 *
 * <p>As in Python, the length and each slot's kind are fixed at creation: {@code long} (from any
 * integer type), {@code double} (from {@code float} or {@code double}), {@code boolean},
 * {@code String} and {@code byte[]}. A string or byte array may later be replaced by one of at
 * most its creation length in bytes rounded up past the next multiple of 8 (Python's rule).
 * Integers read back as {@link Long}, floating-point numbers as {@link Double}. Unlike Python,
 * strings and byte arrays keep trailing zero bytes, and each number or boolean is read and
 * written atomically; a string or byte array is not.
 */
public final class ShareableList extends AbstractList<Object> implements RandomAccess, ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(ShareableList.class, (list, out) -> SharedObjects.write(out, list.shm),
                in -> new ShareableList(SharedObjects.read(in, SharedMemory.class)));
    }

    private final SharedMemory shm;
    private final ListLayout layout;

    private ShareableList(SharedMemory shm) {
        this.shm = shm;
        this.layout = ListLayout.read(shm);
    }

    /**
     * A new list holding {@code items}, in a new block named {@code name} (null for a generated
     * name): Python's {@code ShareableList(items, name=name)}.
     *
     * @throws IllegalArgumentException {@code [jmp.shm.list-bad-item]} for an item of another type, or null
     */
    public static ShareableList create(String name, List<?> items) {
        ListLayout layout = ListLayout.plan(items);
        SharedMemory shm = SharedMemory.create(name, layout.bytes());
        ShareableList list = new ShareableList(shm, layout.writeTo(shm.buffer()));
        for (int i = 0; i < items.size(); i++) {
            list.layout.write(shm.buffer(), i, items.get(i));
        }
        return list;
    }

    private ShareableList(SharedMemory shm, ListLayout layout) {
        this.shm = shm;
        this.layout = layout;
    }

    /** A new list holding {@code items}, in a block with a generated name. */
    public static ShareableList create(List<?> items) {
        return create(null, items);
    }

    /**
     * Attaches to the list in the block named {@code name}: Python's {@code ShareableList(name=name)}.
     *
     * @throws IllegalStateException {@code [jmp.shm.no-such-block]}, or {@code [jmp.shm.not-a-list]}
     *     when the block holds no list
     */
    public static ShareableList attach(String name) {
        SharedMemory shm = SharedMemory.attach(name);
        try {
            return new ShareableList(shm);
        } catch (RuntimeException e) {
            shm.close();
            throw e;
        }
    }

    /** The block the list lives in: {@code sl.shm().name()} to attach by, {@code sl.shm().unlink()} when done. */
    public SharedMemory shm() {
        return shm;
    }

    @Override
    public int size() {
        return layout.size();
    }

    /** Item {@code index}: a {@link Long}, {@link Double}, {@link Boolean}, {@link String} or {@code byte[]}. */
    @Override
    public Object get(int index) {
        return layout.read(shm.buffer(), index);
    }

    /**
     * Replaces item {@code index}; returns the previous one.
     *
     * @throws IllegalArgumentException {@code [jmp.shm.list-wrong-type]} for a value of another
     *     kind than the slot's, {@code [jmp.shm.list-item-too-long]} for a string or byte array
     *     longer than the slot
     */
    @Override
    public Object set(int index, Object value) {
        ByteBuffer data = shm.buffer();
        Object previous = layout.read(data, index);
        layout.write(data, index, value);
        return previous;
    }

    /** Item {@code index}, which must be an integer; otherwise {@code [jmp.shm.list-wrong-type]}. */
    public long getLong(int index) {
        return (Long) layout.read(shm.buffer(), index, ListItemKind.LONG);
    }

    /** Item {@code index}, which must be a floating-point number; otherwise {@code [jmp.shm.list-wrong-type]}. */
    public double getDouble(int index) {
        return (Double) layout.read(shm.buffer(), index, ListItemKind.DOUBLE);
    }

    /** Item {@code index}, which must be a boolean; otherwise {@code [jmp.shm.list-wrong-type]}. */
    public boolean getBoolean(int index) {
        return (Boolean) layout.read(shm.buffer(), index, ListItemKind.BOOLEAN);
    }

    /** Item {@code index}, which must be a string; otherwise {@code [jmp.shm.list-wrong-type]}. */
    public String getString(int index) {
        return (String) layout.read(shm.buffer(), index, ListItemKind.STRING);
    }

    /** Item {@code index}, which must be a byte array; otherwise {@code [jmp.shm.list-wrong-type]}. */
    public byte[] getBytes(int index) {
        return (byte[]) layout.read(shm.buffer(), index, ListItemKind.BYTES);
    }

    /** Python's {@code sl.count(value)}: how many items equal {@code value} (byte arrays by content). */
    public int count(Object value) {
        Object wanted = ListLayout.normalize(value);
        return (int) stream().filter(item -> wanted != null && ListItemKind.same(item, wanted)).count();
    }

    /** Python's {@code sl.index(value)}: the first index of {@code value}, or -1. */
    @Override
    public int indexOf(Object value) {
        Object wanted = ListLayout.normalize(value);
        for (int i = 0; wanted != null && i < size(); i++) {
            if (ListItemKind.same(get(i), wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Python's {@code sl.format}: the slots' {@code struct} codes, such as {@code "qd?8s"}. */
    public String format() {
        return layout.format();
    }

    /** Closes the block in this process ({@link SharedMemory#close()}); the list stays for others. */
    @Override
    public void close() {
        shm.close();
    }

    @Override
    public String toString() {
        if (shm.isClosed()) {
            return "ShareableList[closed] name=" + shm.name();
        }
        return "ShareableList" + stream().map(i -> i instanceof byte[] b ? java.util.Arrays.toString(b) : i.toString())
                .collect(Collectors.joining(", ", "[", "]")) + " name=" + shm.name();
    }
}
