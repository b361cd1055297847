package dev.jmp.codec;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * A record as its components in declaration order, each as a presence flag and the bytes of the
 * component type's own codec. Only records whose every component has a codec of its own (scalars,
 * strings, enums, {@code byte[]}, the everyday value types, such records, and {@code List} or
 * {@code Optional} of those) qualify; the record is rebuilt through its
 * canonical constructor, so its validation runs on the receiving side too.
 */
final class RecordCodec<R> implements Codec<R>, Described {

    static final String KIND = "record";

    private final Class<R> type;
    private final Method[] accessors;
    private final Codec<Object>[] components;
    private final Constructor<R> constructor;

    private RecordCodec(Class<R> type, Method[] accessors, Codec<Object>[] components, Constructor<R> constructor) {
        this.type = type;
        this.accessors = accessors;
        this.components = components;
        this.constructor = constructor;
    }

    /** The codec of a record whose components all have codecs, or null. */
    @SuppressWarnings("unchecked")
    static <R> RecordCodec<R> of(Class<R> type) {
        RecordComponent[] parts = type.getRecordComponents();
        Method[] accessors = new Method[parts.length];
        Codec<Object>[] codecs = new Codec[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                codecs[i] = Codecs.componentCodec(parts[i].getGenericType());
                if (codecs[i] == null) {
                    return null;
                }
                accessors[i] = parts[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new RecordCodec<>(type, accessors, codecs, constructor);
        } catch (NoSuchMethodException | RuntimeException e) {
            return null; // inaccessible: the caller falls back to serialization or explains
        }
    }

    @Override
    public byte[] encode(R value) {
        WireOutput out = new WireOutput(64);
        try {
            for (int i = 0; i < accessors.length; i++) {
                Object component = accessors[i].invoke(value);
                if (out.writePresence(component)) {
                    out.writeBytes(components[i].encode(component));
                }
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new CodecException("[jmp.codec.record-access] cannot read the components of " + type.getName()
                    + ": " + e.getCause() + "; make the record public or pass a Codec", e);
        }
        return out.toByteArray();
    }

    @Override
    public R decode(byte[] bytes, int offset, int length) {
        WireInput in = new WireInput(bytes, offset, length);
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            if (in.readPresence()) {
                byte[] component = in.readBytes();
                values[i] = components[i].decode(component, 0, component.length);
            }
        }
        in.expectEnd();
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new CodecException("[jmp.codec.record-rejected] " + type.getName() + " refused the values that"
                    + " arrived: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new CodecException("[jmp.codec.corrupt] cannot rebuild a " + type.getName() + ": " + e, e);
        }
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(KIND);
        out.writeString(type.getName());
    }
}
