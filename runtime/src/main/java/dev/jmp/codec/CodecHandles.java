package dev.jmp.codec;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.value.Classes;
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

    @SuppressWarnings("unchecked")
    public static <E> Codec<E> read(WireInput in) {
        String kind = in.readString();
        switch (kind) {
            case Codecs.OF:
                // Not initialised by loading: Codecs.of only looks at the class, as the sender's did.
                return (Codec<E>) Codecs.of(Classes.load(in.readString(), Object.class, "a class"));
            case Codecs.SERIALIZED: {
                Class<?> type = Classes.load(in.readString(), Object.class, "a class");
                String[] allow = new String[Math.min(in.readLength(), in.remaining())];
                for (int i = 0; i < allow.length; i++) {
                    allow[i] = in.readString();
                }
                return (Codec<E>) Codecs.serialized(type, allow);
            }
            case Codecs.LIST:
                return (Codec<E>) Codecs.listOf(read(in));
            case Codecs.OPTIONAL:
                return (Codec<E>) Codecs.optionalOf(read(in));
            case CUSTOM:
                return instantiate(Classes.load(in.readString(), Codec.class, "a " + Codec.class.getName()));
            default:
                throw new WireFormatException("a handle names an unknown codec kind " + kind);
        }
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
