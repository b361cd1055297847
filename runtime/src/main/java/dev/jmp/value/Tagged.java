package dev.jmp.value;

import dev.jmp.internal.Kind;
import dev.jmp.internal.ValueType;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The plan of values whose type only they know, such as a manager's {@code Map<Object, Object>}:
 * each value is its {@link Kind}'s tag, then the value as the table writes it; a record or an
 * enum names its class, a shared object crosses as its handle ({@link Handles}), and
 * {@code null} is a tag of its own. A collection's elements are written the same way, one level
 * deeper; past {@value #MAX_DEPTH} levels (a value that contains itself) a value is refused.
 */
public final class Tagged implements Plan {

    /** How deep values may nest. */
    public static final int MAX_DEPTH = 100;
    private static final String TOO_DEEP_TO_READ = "a value nested more than " + MAX_DEPTH + " levels deep";

    private final Handles handles;
    private final String[] allowed;
    private final String code;
    private final String place;
    private final int depth;
    /** The plan one level down, made when first needed. */
    private Tagged deeper;

    /**
     * Values whose shared objects cross by {@code handles} and whose serialized values are read
     * through a filter admitting {@code allowed} too; refused values are reported with
     * {@code code} ({@code [jmp.manager.codec]}) as not storable in {@code place} ("a manager").
     */
    public Tagged(Handles handles, String[] allowed, String code, String place) {
        this(handles, allowed.clone(), code, place, 0);
    }

    private Tagged(Handles handles, String[] allowed, String code, String place, int depth) {
        this.handles = handles;
        this.allowed = allowed;
        this.code = code;
        this.place = place;
        this.depth = depth;
    }

    /** The plan of the values one level down: the elements of a collection, the components of a record. */
    public Tagged deeper() {
        Tagged next = deeper;
        if (next == null) {
            next = new Tagged(handles, allowed, code, place, depth + 1);
            deeper = next; // racing threads make equal plans; its fields are final
        }
        return next;
    }

    private IllegalArgumentException tooDeep() {
        return new IllegalArgumentException(code + " a value nested more than " + MAX_DEPTH
                + " levels deep (or containing itself) cannot be stored in " + place);
    }

    @Override
    public void write(WireOutput out, Object value) {
        if (depth > MAX_DEPTH) {
            throw tooDeep(); // out of line, as below: every value written and read passes here
        }
        if (value == null) {
            out.writeByte(Kind.NULL.tag());
            return;
        }
        Kind kind = Kind.of(value.getClass());
        if (kind != null && kind.single()) {
            // A string, a box, a primitive array: never a shared object, so no handle to look for.
            out.writeByte(kind.tag());
            kind.write(out, value);
        } else {
            writeOther(out, value, kind);
        }
    }

    /** The values that may be shared objects, or hold other values: out of the line of the common ones. */
    private void writeOther(WireOutput out, Object value, Kind kind) {
        if (handles.write(out, value)) {
            return;
        }
        if (kind == null) {
            throw new IllegalArgumentException(code + " a " + value.getClass().getName() + " cannot be stored in "
                    + place + "; use a String, a primitive box, a java.time value, a BigDecimal, a UUID, a ByteBuffer,"
                    + " an enum, a public record, an Optional, a List/Set/Map of those or a shared object,"
                    + " or make it Serializable");
        }
        out.writeByte(kind.tag());
        switch (kind) {
            case VALUE -> {
                ValueType type = ValueType.of(value.getClass());
                out.writeInt(type.code());
                type.write(out, value);
            }
            case ENUM -> {
                Enum<?> constant = (Enum<?>) value;
                out.writeString(constant.getDeclaringClass().getName());
                out.writeString(constant.name());
            }
            case RECORD -> {
                Object[] components = RecordShape.of(value.getClass()).read(value);
                out.writeString(value.getClass().getName());
                out.writeInt(components.length);
                for (Object component : components) {
                    deeper().write(out, component);
                }
            }
            case LIST, SET -> SequencePlan.write(out, (Collection<?>) value, deeper());
            case MAP -> MapPlan.write(out, (Map<?, ?>) value, deeper(), deeper());
            case OPTIONAL -> deeper().write(out, ((Optional<?>) value).orElse(null));
            case SERIALIZED -> out.writeSerialized(value);
            default -> kind.write(out, value);
        }
    }

    @Override
    public Object read(WireInput in) {
        if (depth > MAX_DEPTH) {
            throw new WireFormatException(TOO_DEEP_TO_READ);
        }
        Kind kind = Kind.ofTag(in.readByte());
        // The common kinds first, as write does; null too: the result of a put of a new key.
        if (kind == Kind.NULL) {
            return null;
        }
        return kind.single() ? kind.read(in) : readOther(in, kind);
    }

    private Object readOther(WireInput in, Kind kind) {
        return switch (kind) {
            case NULL -> null;
            case SHARED, COUNTED_SHARED -> handles.read(in, kind == Kind.COUNTED_SHARED);
            case VALUE -> ValueType.ofCode(in.readInt()).read(in);
            case ENUM -> EnumPlan.constant(Classes.load(in.readString(), Enum.class, "an enum"), in.readString());
            case RECORD -> readRecord(in);
            case LIST, SET -> SequencePlan.read(in, kind == Kind.SET, deeper());
            case MAP -> MapPlan.read(in, deeper(), deeper());
            case OPTIONAL -> Optional.ofNullable(deeper().read(in));
            case SERIALIZED -> in.readSerialized(Object.class, allowed);
            default -> kind.read(in);
        };
    }

    private Object readRecord(WireInput in) {
        Class<?> type = Classes.load(in.readString(), Record.class, "a record");
        int count = in.readLength();
        if (count > in.remaining()) {
            throw new WireFormatException("a record of " + count + " components in " + in.remaining() + " bytes");
        }
        Object[] components = new Object[count];
        for (int i = 0; i < count; i++) {
            components[i] = deeper().read(in);
        }
        return RecordShape.of(type).build(components);
    }
}
