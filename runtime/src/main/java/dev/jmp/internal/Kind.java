package dev.jmp.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of what can cross a process: each kind of value, the Java types it covers, its
 * one-byte tag where a value carries its kind with it (a manager's {@code Map<Object, Object>}),
 * and, for the kinds that are single values, how they are written. Read by the codecs of queues,
 * pipes and connections and by the values of managers (both through {@code dev.jmp.value}), and
 * by the processor, which decides from it which types a task or a {@code @Shared} method may
 * hold; a processor test ({@code KindAgreementTest}) fails when the two disagree. The everyday JDK
 * value types are one kind here, {@link #VALUE}, listed in their own table, {@link ValueType}.
 *
 * <p>Where each kind goes: every kind crosses as a task's parameter or result, a
 * {@code @Shared} method's, and a manager's value; queues, pipes and connections carry every kind
 * but {@link #SHARED} objects. Tasks carry arrays of any of these too, not only the primitive
 * arrays listed here.
 *
 * <p>{@link #tag()} is stable, never an ordinal. Changing a tag or an encoding raises
 * {@code dev.jmp.wire.WireProtocol#VERSION}.
 */
public enum Kind {

    /** No value: only ever a tag. */
    NULL(0, null),
    STRING(1, String.class),
    INT(2, Integer.class),
    LONG(3, Long.class),
    DOUBLE(4, Double.class),
    BOOLEAN(5, Boolean.class),
    BYTE(6, Byte.class),
    SHORT(7, Short.class),
    CHAR(8, Character.class),
    FLOAT(9, Float.class),
    BYTES(10, byte[].class),
    INTS(11, int[].class),
    LONGS(12, long[].class),
    DOUBLES(13, double[].class),
    /** An enum constant, by name, so that reordering constants cannot change what arrives. */
    ENUM(14, Enum.class),
    /** A record: its components in declaration order, rebuilt through the canonical constructor. */
    RECORD(15, Record.class),
    /** Read back as an {@code ArrayList}: order survives. */
    LIST(16, List.class),
    /** Read back as a {@code LinkedHashSet}: order survives. */
    SET(17, Set.class),
    /** Read back as a {@code LinkedHashMap}: order survives. */
    MAP(18, Map.class),
    /** A shared object, as its handle: the receiver reaches the same object. */
    SHARED(19, null),
    /** The declared fallback, read back through an input filter ({@link SerializedCodec}). */
    SERIALIZED(20, Serializable.class),
    /** A shared object's handle whose writer took a reference on the reader's behalf. */
    COUNTED_SHARED(21, null),
    /** One of the everyday JDK value types of {@link ValueType}, its code next. */
    VALUE(22, null),
    OPTIONAL(23, Optional.class);

    private static final Kind[] BY_TAG = new Kind[24];
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, char.class, Character.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);

    static {
        for (Kind kind : values()) {
            BY_TAG[kind.tag] = kind;
        }
    }

    private final byte tag;
    private final Class<?> type;

    Kind(int tag, Class<?> type) {
        this.tag = (byte) tag;
        this.type = type;
    }

    /** The kind's byte where values carry their kind. */
    public byte tag() {
        return tag;
    }

    /**
     * The class (or, for the structural kinds, the supertype) of its values; null for
     * {@link #NULL}, the shared objects (whatever their side calls shared) and {@link #VALUE}
     * (whose classes {@link ValueType} lists).
     */
    public Class<?> type() {
        return type;
    }

    /** Whether a value of this kind is one value written by {@link #write}: a string, a box, a primitive array. */
    public boolean single() {
        return ordinal() >= STRING.ordinal() && ordinal() <= DOUBLES.ordinal();
    }

    /** The primitive a box kind holds ({@code int} for {@link #INT}); null for the other kinds. */
    public Class<?> primitive() {
        for (Map.Entry<Class<?>, Class<?>> box : BOXES.entrySet()) {
            if (box.getValue() == type) {
                return box.getKey();
            }
        }
        return null;
    }

    /** The kind of tag {@code tag}. */
    public static Kind ofTag(byte tag) {
        Kind kind = tag >= 0 && tag < BY_TAG.length ? BY_TAG[tag] : null;
        if (kind == null) {
            throw unknownTag(tag); // out of line: every value read looks its tag up here
        }
        return kind;
    }

    private static WireFormatException unknownTag(byte tag) {
        return new WireFormatException("unknown value tag " + tag);
    }

    /** The single kind of {@code type} (a primitive counts as its box), or null. */
    public static Kind single(Class<?> type) {
        Class<?> boxed = BOXES.getOrDefault(type, type);
        for (Kind kind : values()) {
            if (kind.type == boxed && kind.single()) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The kind of a type named in source ({@code java.lang.Integer}, {@code java.util.List}) that
     * is one of this table's by its name: the single kinds and the collections; null for others.
     * The processor's entry to the table: it has names, not classes.
     */
    public static Kind named(String qualifiedName) {
        for (Kind kind : values()) {
            if (kind.type != null && kind.type.getCanonicalName().equals(qualifiedName)
                    && (kind.single() || kind.collection())) {
                return kind;
            }
        }
        return null;
    }

    /** Whether this is {@link #LIST}, {@link #SET}, {@link #MAP} or {@link #OPTIONAL}: a generic holder of values. */
    public boolean collection() {
        return this == LIST || this == SET || this == MAP || this == OPTIONAL;
    }

    /** The kind a value of runtime class {@code type} crosses as, handles aside; null if none. */
    public static Kind of(Class<?> type) {
        // The commonest values first, without the class-value lookup: managers' keys and values.
        if (type == String.class) {
            return STRING;
        } else if (type == Integer.class) {
            return INT;
        } else if (type == Long.class) {
            return LONG;
        }
        return ByClass.OF.get(type);
    }

    /** The other classes' kinds, looked up once per class; a holder of its own, made by the first other value. */
    private static final class ByClass {
        static final ClassValue<Kind> OF = new ClassValue<>() {
            @Override
            protected Kind computeValue(Class<?> type) {
                Kind single = single(type);
                if (single != null) {
                    return single;
                }
                if (ValueType.of(type) != null) {
                    return VALUE;
                }
                for (Kind kind : List.of(OPTIONAL, ENUM, RECORD, LIST, SET, MAP, SERIALIZED)) {
                    if (kind.type.isAssignableFrom(type)) {
                        return kind;
                    }
                }
                return null;
            }
        };
    }

    /** Writes {@code value}, not null, of this single kind. */
    public void write(WireOutput out, Object value) {
        // A manager's commonest keys and values outside the switch: the code compiled for the
        // first calls stays small, and the other kinds' stays interpreted until they are used.
        if (this == INT) {
            out.writeInt((Integer) value);
        } else if (this == STRING) {
            out.writeString((String) value);
        } else if (this == LONG) {
            out.writeLong((Long) value);
        } else {
            writeOther(out, value);
        }
    }

    private void writeOther(WireOutput out, Object value) {
        switch (this) { // STRING, INT, LONG: written by write itself
            case DOUBLE -> out.writeDouble((Double) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case BYTE -> out.writeByte((Byte) value);
            case SHORT -> out.writeShort((Short) value);
            case CHAR -> out.writeChar((Character) value);
            case FLOAT -> out.writeFloat((Float) value);
            case BYTES -> out.writeBytes((byte[]) value);
            case INTS -> PrimitiveArrays.write(out, (int[]) value);
            case LONGS -> PrimitiveArrays.write(out, (long[]) value);
            case DOUBLES -> PrimitiveArrays.write(out, (double[]) value);
            default -> throw new IllegalStateException(this + " is not a single value");
        }
    }

    /**
     * Reads a value of this single kind.
     *
     * @throws WireFormatException when the bytes run out or a length cannot be right
     */
    public Object read(WireInput in) {
        if (this == INT) { // as write does
            return in.readInt();
        } else if (this == STRING) {
            return in.readString();
        } else if (this == LONG) {
            return in.readLong();
        }
        return readOther(in);
    }

    private Object readOther(WireInput in) {
        return switch (this) { // STRING, INT, LONG: read by read itself
            case DOUBLE -> in.readDouble();
            case BOOLEAN -> in.readBoolean();
            case BYTE -> in.readByte();
            case SHORT -> in.readShort();
            case CHAR -> in.readChar();
            case FLOAT -> in.readFloat();
            case BYTES -> in.readBytes();
            case INTS -> PrimitiveArrays.readInts(in);
            case LONGS -> PrimitiveArrays.readLongs(in);
            case DOUBLES -> PrimitiveArrays.readDoubles(in);
            default -> throw new IllegalStateException(this + " is not a single value");
        };
    }
}
