package dev.jmp.manager.wire;

import dev.jmp.internal.Kind;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.value.Handles;
import dev.jmp.value.Tagged;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The run-time codec of the values a manager stores: keys and values of a dict, elements of a
 * list or queue, attributes of a namespace. Each value carries its kind's tag from the one table
 * of what crosses a process ({@link Kind}, written by {@link Tagged}), so a
 * {@code Map<Object, Object>} keeps its keys' types: {@code String}, the primitive boxes,
 * {@code byte[]}, {@code int[]}, {@code long[]}, {@code double[]}, the everyday value types
 * ({@code Instant}, {@code LocalDate}, {@code BigDecimal}, {@code UUID}, {@code ByteBuffer}...),
 * enums, records, and {@code Optional}/{@code List}/{@code Set}/{@code Map} of those (read back as
 * {@code ArrayList}, {@code LinkedHashSet}, {@code LinkedHashMap}). Proxies cross as handles, so
 * they stay shared. Any other {@link Serializable} value goes through Java serialization, read
 * back through a filter that admits only JDK value types and the patterns of {@value #ALLOW_PROPERTY}.
 */
public final class ValueCodec {

    /** Further classes Java serialization may read, in {@code ObjectInputFilter} pattern syntax. */
    public static final String ALLOW_PROPERTY = "jmp.manager.allow";

    private final Tagged values;

    public ValueCodec(Sharing sharing) {
        String allow = System.getProperty(ALLOW_PROPERTY, "").strip();
        this.values = new Tagged(new SharedHandles(sharing), allow.isEmpty() ? new String[0] : allow.split(";"),
                "[jmp.manager.codec]", "a manager");
    }

    public void write(WireOutput out, Object value) {
        values.write(out, value);
    }

    /** Writes every element of {@code values}, after their count. */
    public void writeAll(WireOutput out, Collection<?> all) {
        out.writeInt(all.size());
        Tagged elements = values.deeper();
        for (Object value : all) {
            elements.write(out, value);
        }
    }

    public Object read(WireInput in) {
        try {
            return values.read(in);
        } catch (WireFormatException e) {
            throw filtered(e);
        }
    }

    /** Reads what {@link #writeAll} wrote. */
    public List<Object> readAll(WireInput in) {
        int size = in.readLength();
        List<Object> all = new ArrayList<>(Math.min(size, in.remaining()));
        Tagged elements = values.deeper();
        try {
            for (int i = 0; i < size; i++) {
                all.add(elements.read(in));
            }
        } catch (WireFormatException e) {
            throw filtered(e);
        }
        return all;
    }

    /** A serialized value the filter refused is told with the manager's own fix; other problems as they are. */
    private static WireFormatException filtered(WireFormatException e) {
        if (!String.valueOf(e.getMessage()).startsWith("[jmp.codec.filtered]")) {
            return e;
        }
        return new WireFormatException("[jmp.manager.filtered] a serialized value was refused by the input"
                + " filter (" + e.getCause().getMessage() + "); admit its class in every process that reads it"
                + " with -D" + ALLOW_PROPERTY + "=com.example.Money (a manager's JVM inherits"
                + " it from its owner), or store a record instead", e);
    }

    /** Proxies and served objects as handles, through the connection side's {@link Sharing}. */
    private record SharedHandles(Sharing sharing) implements Handles {

        @Override
        public boolean write(WireOutput out, Object value) {
            ProxyHandle handle = sharing.handleOf(value);
            if (handle == null) {
                return false;
            }
            out.writeByte(sharing.counted(handle) ? Kind.COUNTED_SHARED.tag() : Kind.SHARED.tag());
            handle.write(out);
            return true;
        }

        @Override
        public Object read(WireInput in, boolean counted) {
            return sharing.resolve(ProxyHandle.read(in), counted);
        }
    }
}
