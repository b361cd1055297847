package dev.jmp.codec;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

/**
 * Writes into a queue's or pipe's handle which codec it uses, and recreates that codec in the
 * receiving process. Runtime-internal: called by the shareable types, not by users.
 *
 * <p>A built-in codec writes its kind and arguments; any other codec is written as its class
 * name, checked when the queue is created to be a public class with a public no-argument
 * constructor, and checked again on reading to be a {@link Codec} before it is initialised.
 */
public final class CodecHandles {

    private static final String CUSTOM = "custom";

    private CodecHandles() {}

    /**
     * Fails now, in the creating process, if {@code codec} could not be recreated elsewhere.
     *
     * @throws CodecException naming what to change
     */
    public static <E> Codec<E> checkRecreatable(Codec<E> codec) {
        if (codec instanceof Described) {
            return codec;
        }
        Class<?> type = codec.getClass();
        boolean ok = Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()
                && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()));
        try {
            ok &= Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            ok = false;
        }
        if (!ok) {
            throw new CodecException("[jmp.codec.not-recreatable] " + type.getName() + " cannot be recreated in"
                    + " another process; make it a public top-level (or static nested) class with a public"
                    + " no-argument constructor");
        }
        return codec;
    }

    public static void write(WireOutput out, Codec<?> codec) {
        if (codec instanceof Described described) {
            described.describe(out);
        } else {
            out.writeString(CUSTOM);
            out.writeString(codec.getClass().getName());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <E> Codec<E> read(WireInput in) {
        String kind = in.readString();
        switch (kind) {
            case EnumCodec.KIND:
                return new EnumCodec(load(in.readString(), Enum.class));
            case RecordCodec.KIND: {
                Class<?> type = load(in.readString(), Record.class);
                Codec<E> codec = (Codec<E>) RecordCodec.of(type);
                if (codec == null) {
                    throw new WireFormatException("[jmp.codec.mismatch] " + type.getName() + " has no record codec here");
                }
                return codec;
            }
            case SerializationCodec.KIND: {
                Class<?> type = load(in.readString(), Object.class);
                String[] allow = new String[Math.min(in.readLength(), in.remaining())];
                for (int i = 0; i < allow.length; i++) {
                    allow[i] = in.readString();
                }
                return new SerializationCodec(type, allow);
            }
            case ListCodec.KIND:
                return (Codec<E>) new ListCodec<>(read(in));
            case OptionalCodec.KIND:
                return (Codec<E>) new OptionalCodec<>(read(in));
            case ValueTypeCodec.KIND:
                return (Codec<E>) ValueTypeCodec.read(in);
            case CUSTOM:
                return instantiate(load(in.readString(), Codec.class));
            default:
                try {
                    return ScalarCodec.valueOf(kind);
                } catch (IllegalArgumentException e) {
                    throw new WireFormatException("a handle names an unknown codec kind " + kind, e);
                }
        }
    }

    private static <T> Class<? extends T> load(String name, Class<T> expected) {
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(name, false, loader != null ? loader : CodecHandles.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new WireFormatException("[jmp.codec.class-missing] the codec's class " + name + " is not on"
                    + " this process's class path", e);
        }
        if (!expected.isAssignableFrom(type)) {
            throw new WireFormatException("a handle names " + name + " where a " + expected.getName() + " was expected");
        }
        return type.asSubclass(expected);
    }

    @SuppressWarnings("unchecked")
    private static <E> Codec<E> instantiate(Class<? extends Codec> type) {
        try {
            Constructor<? extends Codec> constructor = type.getConstructor();
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new WireFormatException("[jmp.codec.not-recreatable] cannot create " + type.getName() + ": " + e, e);
        }
    }
}
