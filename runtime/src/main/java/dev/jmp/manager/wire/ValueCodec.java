package dev.jmp.manager.wire;

import dev.jmp.internal.ValueType;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run-time codec of the values a manager stores: keys and values of a dict, elements of a
 * list or queue, attributes of a namespace. Each value carries a one-byte tag, so a
 * {@code Map<Object, Object>} keeps its keys' types: {@code String}, the primitive boxes,
 * {@code byte[]}, {@code int[]}, {@code long[]}, {@code double[]}, the everyday value types of
 * {@link ValueType} ({@code Instant}, {@code LocalDate}, {@code BigDecimal}, {@code UUID}...),
 * enums, public records, and {@code Optional}/{@code List}/{@code Set}/{@code Map} of those (read back as {@code ArrayList},
 * {@code LinkedHashSet}, {@code LinkedHashMap}). Proxies cross as handles, so they stay shared.
 * Any other {@link Serializable} value goes through Java serialization, read back through a
 * filter that admits only JDK value types and the patterns of {@value #ALLOW_PROPERTY}.
 */
public final class ValueCodec {

    /** Further classes Java serialization may read, in {@code ObjectInputFilter} pattern syntax. */
    public static final String ALLOW_PROPERTY = "jmp.manager.allow";

    private static final int MAX_DEPTH = 100;

    private final Sharing sharing;
    private final String[] allowed;

    public ValueCodec(Sharing sharing) {
        this.sharing = sharing;
        String allow = System.getProperty(ALLOW_PROPERTY, "").strip();
        this.allowed = allow.isEmpty() ? new String[0] : allow.split(";");
    }

    public void write(WireOutput out, Object value) {
        write(out, value, 0);
    }

    /** Writes every element of {@code values}, after their count. */
    public void writeAll(WireOutput out, Collection<?> values) {
        out.writeInt(values.size());
        for (Object value : values) {
            write(out, value, 1);
        }
    }

    private void write(WireOutput out, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("[jmp.manager.codec] a value nested more than " + MAX_DEPTH
                    + " levels deep (or containing itself) cannot be stored in a manager");
        }
        if (value == null) {
            out.writeByte(Tag.NULL);
            return;
        }
        ProxyHandle handle = sharing.handleOf(value);
        if (handle != null) {
            out.writeByte(sharing.counted(handle) ? Tag.COUNTED_HANDLE : Tag.HANDLE);
            handle.write(out);
        } else if (!Scalars.write(out, value) && !PrimitiveArrays.write(out, value)) {
            writeComposite(out, value, depth);
        }
    }

    private void writeComposite(WireOutput out, Object value, int depth) {
        ValueType everyday = ValueType.of(value.getClass());
        if (everyday != null) {
            out.writeByte(Tag.VALUE);
            out.writeInt(everyday.code());
            everyday.write(out, value);
        } else if (value instanceof Optional<?> o) {
            out.writeByte(Tag.OPTIONAL);
            write(out, o.orElse(null), depth + 1);
        } else if (value instanceof Enum<?> e) {
            out.writeByte(Tag.ENUM);
            out.writeString(e.getDeclaringClass().getName());
            out.writeString(e.name());
        } else if (value instanceof Record r) {
            out.writeByte(Tag.RECORD);
            Object[] components = RecordCodec.components(r);
            out.writeString(r.getClass().getName());
            out.writeInt(components.length);
            for (Object c : components) {
                write(out, c, depth + 1);
            }
        } else if (value instanceof List<?> || value instanceof Set<?>) {
            Collection<?> c = (Collection<?>) value;
            out.writeByte(value instanceof List<?> ? Tag.LIST : Tag.SET);
            out.writeInt(c.size());
            for (Object item : c) {
                write(out, item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            out.writeByte(Tag.MAP);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                write(out, entry.getKey(), depth + 1);
                write(out, entry.getValue(), depth + 1);
            }
        } else if (value instanceof Serializable) {
            out.writeByte(Tag.SERIALIZED);
            out.writeSerialized(value);
        } else {
            throw new IllegalArgumentException("[jmp.manager.codec] a " + value.getClass().getName()
                    + " cannot be stored in a manager; use a String, a primitive box, a java.time value, a BigDecimal,"
                    + " a UUID, an enum, a public record, an Optional,"
                    + " a List/Set/Map of those or a proxy, or make it Serializable");
        }
    }

    public Object read(WireInput in) {
        return read(in, 0);
    }

    /** Reads what {@link #writeAll} wrote. */
    public List<Object> readAll(WireInput in) {
        int size = in.readLength();
        List<Object> values = new ArrayList<>(Math.min(size, in.remaining()));
        for (int i = 0; i < size; i++) {
            values.add(read(in, 1));
        }
        return values;
    }

    private Object read(WireInput in, int depth) {
        if (depth > MAX_DEPTH) {
            throw new WireFormatException("a value nested more than " + MAX_DEPTH + " levels deep");
        }
        byte tag = in.readByte();
        switch (tag) {
            case Tag.NULL:
                return null;
            case Tag.HANDLE:
                return sharing.resolve(ProxyHandle.read(in), false);
            case Tag.COUNTED_HANDLE:
                return sharing.resolve(ProxyHandle.read(in), true);
            case Tag.ENUM:
                return RecordCodec.enumConstant(in.readString(), in.readString());
            case Tag.RECORD:
                return readRecord(in, depth);
            case Tag.VALUE:
                return ValueType.ofCode(in.readInt()).read(in);
            case Tag.OPTIONAL:
                return Optional.ofNullable(read(in, depth + 1));
            case Tag.LIST:
            case Tag.SET:
                int size = in.readLength();
                Collection<Object> items = tag == Tag.LIST ? new ArrayList<>(Math.min(size, in.remaining()))
                        : new LinkedHashSet<>(Math.min(size, in.remaining()));
                for (int i = 0; i < size; i++) {
                    items.add(read(in, depth + 1));
                }
                return items;
            case Tag.MAP:
                int entries = in.readLength();
                Map<Object, Object> map = new LinkedHashMap<>(Math.min(entries, in.remaining()));
                for (int i = 0; i < entries; i++) {
                    map.put(read(in, depth + 1), read(in, depth + 1));
                }
                return map;
            case Tag.SERIALIZED:
                return Filtered.read(in, allowed);
            default:
                Object scalar = Scalars.read(in, tag);
                return scalar != null ? scalar : PrimitiveArrays.read(in, tag);
        }
    }

    private Object readRecord(WireInput in, int depth) {
        String type = in.readString();
        int count = in.readLength();
        Object[] components = new Object[Math.min(count, in.remaining())];
        if (components.length != count) {
            throw new WireFormatException("a record of " + count + " components in " + in.remaining() + " bytes");
        }
        for (int i = 0; i < count; i++) {
            components[i] = read(in, depth + 1);
        }
        return RecordCodec.construct(type, components);
    }
}
